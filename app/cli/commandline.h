#pragma once

#include "model/importlimits.h"
#include "server/serverconnection.h"
#include "server/serveroptions.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// The parsed command line, as a value: main() decides from it whether to run a
// subcommand without a display (info, top, export) or to open the window.
// Parsing never exits the process, so it can be tested.
struct CommandLine
{
    enum class Command { Gui, Info, Top, Export, Diff, Library, Serve, Scrape, Timeline, Adhoc, Fetch };
    enum class Outcome {
        Run,     // do what command says
        Help,    // print message to stdout, exit 0
        Version, // print message to stdout, exit 0
        Error,   // print message to stderr, exit 2
    };

    Command command = Command::Gui;
    Outcome outcome = Outcome::Run;
    QString message; // help text, version or error

    QStringList files; // Gui: any number; diff: BASE and NEW; other subcommands: exactly one
    bool json = false;
    QString sampleType; // -t; empty: the profile's default
    QString newSampleType; // diff --new-type: NEW's type when named differently from BASE's
    int limit = -1;     // -n; -1: every function
    QString output;     // export -o, diff -o
    // export and diff to .svg/.html/.png: 0 or -1 (and false) mean the format's default
    int width = 0;        // --width: SVG image width, PNG width (logical pixels)
    int height = 0;       // --height: PNG height
    double scale = 0;     // --scale: PNG device pixels per logical pixel
    double minWidth = -1; // --minwidth: SVG boxes narrower than this many pixels left out
    bool icicle = false;  // --icicle: root on top
    bool heat = false;    // --heat: the heat colour scheme

    ServerOptions serve; // serve (ServeCommand::parse)
    ImportLimits limits; // --max-nodes ... (LimitOptions); main() makes them the process's

    // scrape URL (ScrapeCommand::parse; files holds the URL, output -o)
    struct ScrapeArguments
    {
        QString type = QStringLiteral("cpu"); // --type, an endpoint name
        int seconds = 10;                      // --seconds, cpu only
    } scrape;
    // timeline, and top and diff over a SOURCE (a library or a file with sample
    // times); times as typed, read by TimelineQuery
    struct TimelineArguments
    {
        QString query;       // --query 'TYPE{selector}'; empty: a file's sample type
        QString from;        // --from; empty: a file's start, else now-1h
        QString until;       // --until; empty: a file's end, else now
        double stepSeconds = 0; // --step; 0: about 100 points
        QString groupBy;     // --group-by LABEL
        QString base;        // diff --base FROM..UNTIL
        QString compare;     // diff --new FROM..UNTIL
        // A SOURCE that is a server URL: --token, --user, --password,
        // --tenant, --timeout (the URL itself is the SOURCE)
        ServerConnection server;
        // Whether any of the above was given (top and diff then read a SOURCE).
        bool isSet() const { return !query.isEmpty() || !from.isEmpty() || !until.isEmpty() || !base.isEmpty(); }
    } timeline;

    // Gui only
    QString screenshot; // --screenshot OUT.png: render, save the window, exit
    QSize size;         // --size WxH; invalid: the remembered geometry
    QString view;       // flamegraph|table|both|sandwich; empty: as remembered
    QString search;
    QStringList zoomPath; // --zoom 'main;serve;parse', root first
    QString renderer;     // gl|raster|auto
    bool newWindow = false; // --new-window: never hand the files to a running window (InstanceChannel)
    // The timeline window instead of tabs: --timeline, or --query, --from,
    // --until, --range or --compare given (timeline.base and timeline.compare
    // hold --range and --compare), or the one FILE is a library (main decides).
    bool timelineWindow = false;
    bool heatmap = false; // --heatmap: the timeline shows a file's subsecond heatmap
    QString groupBy;      // --group-by: the timeline's label breakdown

    // library add|ls|rm (LibraryCommand::parse fills it; files holds the FILEs or IDs)
    struct LibraryArguments
    {
        QString action;     // "add", "ls", "rm"
        QString file;       // --library; empty: Library::defaultFile()
        QString service;    // add --service
        QStringList labels; // add --label k=v, as given
        qint64 atMs = -1;   // add --at; -1: the profile's own time, else the file's mtime
    } library;

    // adhoc (AdhocCommand::parse fills it)
    struct AdhocArguments
    {
        enum class Mode { Auto, Perf, Push, Pull };
        Mode mode = Mode::Auto; // Auto: perf for a native executable, else push
        qint64 pid = 0;         // --pid: attach perf to it instead of starting command
        QString pullUrl;        // --pull (not available yet)
        QString outputDir;      // -o; empty: adhoc-COMMAND-TIME in the current folder
        QStringList formats;    // --format names, in order, without repeats; default html
        bool open = false;      // --open: the profiles in the window afterwards
        QString libraryFile;    // --library; empty: Library::defaultFile()
        QStringList command;    // the program and its arguments
    } adhoc;

    // arguments[0] is the program, as in QCoreApplication::arguments().
    static CommandLine parse(const QStringList &arguments);
    // A subcommand's parse error: "PROGRAM NAME: MESSAGE".
    static CommandLine error(Command command, const QString &program, QStringView name, const QString &message);
    static QStringList viewNames();
    // The subcommand called name ("info", "serve"), or none.
    static std::optional<Command> subcommandNamed(const QString &name);
    // False for the subcommands and --help/--version: main() then makes a
    // QCoreApplication, which needs no display.
    static bool needsDisplay(const QStringList &arguments);
};
