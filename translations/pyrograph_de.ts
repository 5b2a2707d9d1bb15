<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</source>
        <translation>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</translation>
    </message>
    <message>
        <source>The window, painting, threads, containers</source>
        <translation>Das Fenster, Zeichnen, Threads, Container</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>The timeline&apos;s charts</source>
        <translation>Die Diagramme der Zeitachse</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Connection secrets in the system keychain</source>
        <translation>Verbindungsgeheimnisse im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Protocol Buffers</source>
        <translation>Protocol Buffers</translation>
    </message>
    <message>
        <source>pprof and Pyroscope&apos;s API messages</source>
        <translation>pprof und die API-Nachrichten von Pyroscope</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>gzip-compressed profiles</source>
        <translation>Mit gzip komprimierte Profile</translation>
    </message>
    <message>
        <source>libdeflate</source>
        <translation>libdeflate</translation>
    </message>
    <message>
        <source>Fast gzip decompression</source>
        <translation>Schnelles Entpacken von gzip</translation>
    </message>
    <message>
        <source>Zstandard</source>
        <translation>Zstandard</translation>
    </message>
    <message>
        <source>Compressed profiles in the library</source>
        <translation>Komprimierte Profile in der Bibliothek</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>The profile library</source>
        <translation>Die Profilbibliothek</translation>
    </message>
    <message>
        <source>cpp-httplib</source>
        <translation>cpp-httplib</translation>
    </message>
    <message>
        <source>The Pyroscope-compatible server and client</source>
        <translation>Der Pyroscope-kompatible Server und Client</translation>
    </message>
    <message>
        <source>yaml-cpp</source>
        <translation>yaml-cpp</translation>
    </message>
    <message>
        <source>Scrape configurations</source>
        <translation>Scrape-Konfigurationen</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>TLS for server connections</source>
        <translation>TLS für Serververbindungen</translation>
    </message>
    <message>
        <source>About Pyrograph</source>
        <translation>Über Pyrograph</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;A flame graph workbench for profiles from pprof, perf, Chrome, Node.js, speedscope, Java Flight Recorder and Pyroscope.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Pyrograph is licensed under the Apache License 2.0. It links the libraries below; Qt Charts is offered under the GPL-3.0 only, so this executable as a whole is distributed under the terms of the GPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;Eine Flammendiagramm-Werkbank für Profile aus pprof, perf, Chrome, Node.js, speedscope, Java Flight Recorder und Pyroscope.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Pyrograph steht unter der Apache License 2.0. Es bindet die Bibliotheken unten ein; Qt Charts wird nur unter der GPL-3.0 angeboten, daher wird dieses Programm als Ganzes unter den Bedingungen der GPL-3.0 verbreitet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
</context>
<context>
    <name>AdhocCommand</name>
    <message>
        <source>       %1 adhoc [--perf | --push | --pull URL | --pid PID] [-o DIR] [--format FORMAT]... [--open] [--library FILE] -- COMMAND [ARGS...]
</source>
        <translation>       %1 adhoc [--perf | --push | --pull URL | --pid PID] [-o DIR] [--format FORMAT]... [--open] [--library FILE] -- COMMAND [ARGS...]
</translation>
    </message>
    <message>
        <source>Run COMMAND, record its profiles until it exits, write one file per profile type and format into DIR and store the profiles in the library. COMMAND&apos;s stdin, stdout, stderr and exit status are its own.</source>
        <translation>COMMAND ausführen, seine Profile aufzeichnen, bis es endet, eine Datei pro Profiltyp und Format in DIR schreiben und die Profile in der Bibliothek speichern. Standardeingabe, Standardausgabe, Standardfehlerausgabe und Exit-Status von COMMAND bleiben seine eigenen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Record with perf record -g (the default for a native executable).</source>
        <translation>Mit perf record -g aufzeichnen (Standard für ein natives Programm).</translation>
    </message>
    <message>
        <source>Receive COMMAND&apos;s Pyroscope SDK pushes on a free loopback port (PYROSCOPE_ADHOC_SERVER_ADDRESS; the default for a script).</source>
        <translation>Die Pushes des Pyroscope-SDK von COMMAND auf einem freien Loopback-Port empfangen (PYROSCOPE_ADHOC_SERVER_ADDRESS; Standard für ein Skript).</translation>
    </message>
    <message>
        <source>Scrape COMMAND&apos;s Go net/http/pprof at URL (host:port) while it runs: cpu and allocs every 2 s, as serve --scrape does.</source>
        <translation>Das Go-net/http/pprof von COMMAND unter URL (host:port) abfragen, solange es läuft: cpu und allocs alle 2 s, wie serve --scrape.</translation>
    </message>
    <message>
        <source>Attach perf to a running process until it exits or Ctrl+C.</source>
        <translation>perf an einen laufenden Prozess anhängen, bis er endet oder Strg+C.</translation>
    </message>
    <message>
        <source>The folder to write into (default: adhoc-COMMAND-TIME here).</source>
        <translation>Der Ordner, in den geschrieben wird (Standard: adhoc-COMMAND-TIME hier).</translation>
    </message>
    <message>
        <source>A format to write, repeatable: %1 (default html).</source>
        <translation>Ein zu schreibendes Format, wiederholbar: %1 (Standard html).</translation>
    </message>
    <message>
        <source>Open the profiles in the window afterwards.</source>
        <translation>Die Profile danach im Fenster öffnen.</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>Die Bibliotheksdatei (Standard: die im Datenordner).</translation>
    </message>
    <message>
        <source>The command to run, and its arguments.</source>
        <translation>Der auszuführende Befehl und seine Argumente.</translation>
    </message>
    <message>
        <source>--perf, --push, --pull and --pid are alternatives; give one</source>
        <translation>--perf, --push, --pull und --pid schließen einander aus; eines angeben</translation>
    </message>
    <message>
        <source>--pid wants a process id, got &quot;%1&quot;</source>
        <translation>--pid erwartet eine Prozess-ID, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--pid records a running process; give no COMMAND with it</source>
        <translation>--pid zeichnet einen laufenden Prozess auf; dazu keinen COMMAND angeben</translation>
    </message>
    <message>
        <source>no command given: adhoc [OPTIONS] -- COMMAND [ARGS...]</source>
        <translation>kein Befehl angegeben: adhoc [OPTIONS] -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; the formats are: %2</source>
        <translation>unbekanntes Format „%1“; die Formate sind: %2</translation>
    </message>
    <message>
        <source>perf is not installed: install Debian&apos;s linux-perf package (apt install linux-perf)</source>
        <translation>perf ist nicht installiert: das Debian-Paket linux-perf installieren (apt install linux-perf)</translation>
    </message>
    <message>
        <source>perf may not record: kernel.perf_event_paranoid is %1; allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run pyrograph adhoc as root</source>
        <translation>perf darf eventuell nicht aufzeichnen: kernel.perf_event_paranoid ist %1; mit „sysctl kernel.perf_event_paranoid=1“ erlauben oder pyrograph adhoc als root ausführen</translation>
    </message>
    <message>
        <source>adhoc --pid: no process %1</source>
        <translation>adhoc --pid: kein Prozess %1</translation>
    </message>
    <message>
        <source>adhoc: %1: command not found</source>
        <translation>adhoc: %1: Befehl nicht gefunden</translation>
    </message>
    <message>
        <source>adhoc: cannot make the folder %1</source>
        <translation>adhoc: der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>adhoc --open: could not start the window</source>
        <translation>adhoc --open: das Fenster konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>adhoc: no temporary folder: %1</source>
        <translation>adhoc: kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf record recorded nothing (exit status %1). If it was refused, allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run as root; perf comes with Debian&apos;s linux-perf package</source>
        <translation>adhoc --perf: perf record hat nichts aufgezeichnet (Exit-Status %1). Falls es abgelehnt wurde, mit „sysctl kernel.perf_event_paranoid=1“ erlauben oder als root ausführen; perf ist im Debian-Paket linux-perf enthalten</translation>
    </message>
    <message>
        <source>adhoc --perf: perf script failed: %1</source>
        <translation>adhoc --perf: perf script ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf recorded no samples (did the command run long enough?)</source>
        <translation>adhoc --perf: perf hat keine Samples aufgezeichnet (lief der Befehl lange genug?)</translation>
    </message>
    <message>
        <source>adhoc --pull: no profile could be scraped from %1 while %2 ran (does it serve net/http/pprof there?)</source>
        <translation>adhoc --pull: von %1 konnte kein Profil abgefragt werden, während %2 lief (stellt es dort net/http/pprof bereit?)</translation>
    </message>
    <message>
        <source>adhoc --push: %1 pushed no profiles to %2 (does it use a Pyroscope SDK?)</source>
        <translation>adhoc --push: %1 hat keine Profile an %2 gesendet (verwendet es ein Pyroscope-SDK?)</translation>
    </message>
    <message>
        <source>pyrograph adhoc: %1 profiles %2, stored in %3</source>
        <translation>pyrograph adhoc: %1 Profile %2, gespeichert in %3</translation>
    </message>
    <message>
        <source>scraped</source>
        <translation>abgefragt</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>pyrograph adhoc: stored as %1 in %2</source>
        <translation>pyrograph adhoc: gespeichert als %1 in %2</translation>
    </message>
    <message>
        <source>pyrograph adhoc: wrote %1</source>
        <translation>pyrograph adhoc: %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>CallgrindImporter</name>
    <message>
        <source>the calls= line has no cost line after it</source>
        <translation>auf die calls=-Zeile folgt keine Kostenzeile</translation>
    </message>
    <message>
        <source>%1: %2: no &quot;events:&quot; line</source>
        <translation>%1: %2: keine „events:“-Zeile</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: Zeile %3: %4</translation>
    </message>
    <message>
        <source>the events: line names no event</source>
        <translation>die events:-Zeile nennt kein Ereignis</translation>
    </message>
    <message>
        <source>a second events: line with other events</source>
        <translation>eine zweite events:-Zeile mit anderen Ereignissen</translation>
    </message>
    <message>
        <source>name (%1) is used before it is defined</source>
        <translation>der Name (%1) wird verwendet, bevor er definiert ist</translation>
    </message>
    <message>
        <source>name (%1) is defined twice</source>
        <translation>der Name (%1) ist doppelt definiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is relative to column %2 of the previous cost line, which has none</source>
        <translation>„%1“ bezieht sich auf Spalte %2 der vorigen Kostenzeile, die keine hat</translation>
    </message>
    <message>
        <source>the line after calls= is not a cost line</source>
        <translation>die Zeile nach calls= ist keine Kostenzeile</translation>
    </message>
    <message>
        <source>not a header, an assignment or a cost line</source>
        <translation>weder Kopfzeile noch Zuweisung noch Kostenzeile</translation>
    </message>
    <message>
        <source>a cost line before the events: line</source>
        <translation>eine Kostenzeile vor der events:-Zeile</translation>
    </message>
    <message>
        <source>%1: %2: no cost lines</source>
        <translation>%1: %2: keine Kostenzeilen</translation>
    </message>
</context>
<context>
    <name>ChromeCpuProfileImporter</name>
    <message>
        <source>no nodes</source>
        <translation>keine Knoten</translation>
    </message>
    <message>
        <source>node %1 has no id</source>
        <translation>Knoten %1 hat keine ID</translation>
    </message>
    <message>
        <source>node id %1 appears twice</source>
        <translation>die Knoten-ID %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>node %1 has an unknown child %2</source>
        <translation>Knoten %1 hat ein unbekanntes Kind %2</translation>
    </message>
    <message>
        <source>%1 samples but %2 timeDeltas</source>
        <translation>%1 Samples, aber %2 timeDeltas</translation>
    </message>
    <message>
        <source>startTime %1 is out of range</source>
        <translation>startTime %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>timeDeltas[%1] %2 takes the time out of range</source>
        <translation>timeDeltas[%1] %2 bringt die Zeit aus dem Bereich</translation>
    </message>
    <message>
        <source>endTime %1 is out of range</source>
        <translation>endTime %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1 samples but %2 timestamps</source>
        <translation>%1 Samples, aber %2 timestamps</translation>
    </message>
    <message>
        <source>timestamps[%1] %2 is out of range</source>
        <translation>timestamps[%1] %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>samples without timeDeltas or timestamps</source>
        <translation>Samples ohne timeDeltas oder timestamps</translation>
    </message>
    <message>
        <source>sample %1 is not a node id: %2</source>
        <translation>Sample %1 ist keine Knoten-ID: %2</translation>
    </message>
    <message>
        <source>the samples&apos; durations add up to more than %1 microseconds</source>
        <translation>die Dauern der Samples ergeben zusammen mehr als %1 Mikrosekunden</translation>
    </message>
    <message>
        <source>%1 nodes name a parent that the profile does not define; their stacks start at the root</source>
        <translation>%1 Knoten nennen einen Elternknoten, den das Profil nicht definiert; ihre Stacks beginnen an der Wurzel</translation>
    </message>
    <message>
        <source>%1 samples name a node that the profile does not define; they count as &quot;(unknown node)&quot;</source>
        <translation>%1 Samples nennen einen Knoten, den das Profil nicht definiert; sie zählen als „(unknown node)“</translation>
    </message>
    <message>
        <source>node %1 is its own ancestor</source>
        <translation>Knoten %1 ist sein eigener Vorfahr</translation>
    </message>
</context>
<context>
    <name>ChromeTraceImporter</name>
    <message>
        <source>%1 ProfileChunk events without their Profile event were skipped</source>
        <translation>%1 ProfileChunk-Ereignisse ohne ihr Profile-Ereignis wurden übersprungen</translation>
    </message>
    <message>
        <source>CPU profile %1 (pid %2, tid %3): %4</source>
        <translation>CPU-Profil %1 (pid %2, tid %3): %4</translation>
    </message>
    <message>
        <source>sample %1 refers to stack frame %2, which is missing or in a cycle</source>
        <translation>Sample %1 verweist auf den Stack-Frame %2, der fehlt oder in einem Zyklus liegt</translation>
    </message>
    <message>
        <source>%1 X events without dur or tdur were skipped</source>
        <translation>%1 X-Ereignisse ohne dur oder tdur wurden übersprungen</translation>
    </message>
    <message>
        <source>%1 E events matched no open B event and were ignored</source>
        <translation>%1 E-Ereignisse passten zu keinem offenen B-Ereignis und wurden ignoriert</translation>
    </message>
    <message>
        <source>%1 B events were closed by the E event of an enclosing frame</source>
        <translation>%1 B-Ereignisse wurden durch das E-Ereignis eines umschließenden Frames geschlossen</translation>
    </message>
    <message>
        <source>%1 B events were never closed and end at their thread&apos;s last timestamp</source>
        <translation>%1 B-Ereignisse wurden nie geschlossen und enden am letzten Zeitstempel ihres Threads</translation>
    </message>
    <message>
        <source>%1 events overlapped the end of their parent and were cut there</source>
        <translation>%1 Ereignisse ragten über das Ende ihres Elternereignisses hinaus und wurden dort abgeschnitten</translation>
    </message>
    <message>
        <source>expected an array of events or an object with &quot;traceEvents&quot;</source>
        <translation>erwartet: ein Array von Ereignissen oder ein Objekt mit „traceEvents“</translation>
    </message>
    <message>
        <source>no B/E/X events, CPU profile or samples to show</source>
        <translation>keine B/E/X-Ereignisse, kein CPU-Profil und keine Samples zum Anzeigen</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>not a subcommand</source>
        <translation>kein Unterbefehl</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: the profile has no sample types</source>
        <translation>%1: das Profil hat keine Sample-Typen</translation>
    </message>
    <message>
        <source>%1: no sample type &quot;%2&quot;; the profile has: %3</source>
        <translation>%1: kein Sample-Typ „%2“; das Profil hat: %3</translation>
    </message>
</context>
<context>
    <name>CollapsedImporter</name>
    <message>
        <source>%1: %2: no stack lines: the input is empty</source>
        <translation>%1: %2: keine Stack-Zeilen: die Eingabe ist leer</translation>
    </message>
    <message>
        <source>%1: %2: no valid stack line; line %3 is not &quot;frame;frame;... count&quot;: %4</source>
        <translation>%1: %2: keine gültige Stack-Zeile; Zeile %3 ist nicht „frame;frame;... count“: %4</translation>
    </message>
    <message>
        <source>skipped %1 malformed line (first at line %2: %3)</source>
        <translation>%1 fehlerhafte Zeile übersprungen (die erste in Zeile %2: %3)</translation>
    </message>
    <message>
        <source>skipped %1 malformed lines (first at line %2: %3)</source>
        <translation>%1 fehlerhafte Zeilen übersprungen (die erste in Zeile %2: %3)</translation>
    </message>
    <message>
        <source>rounded %1 fractional count to whole numbers (first at line %2)</source>
        <translation>%1 gebrochene Zahl auf ganze Zahlen gerundet (die erste in Zeile %2)</translation>
    </message>
    <message>
        <source>rounded %1 fractional counts to whole numbers (first at line %2)</source>
        <translation>%1 gebrochene Zahlen auf ganze Zahlen gerundet (die erste in Zeile %2)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the format, sample types, totals, node and function counts.</source>
        <translation>Format, Sample-Typen, Summen sowie Knoten- und Funktionsanzahl ausgeben.</translation>
    </message>
    <message>
        <source>Print the function table, sorted by self.</source>
        <translation>Die Funktionstabelle ausgeben, nach Selbstwert sortiert.</translation>
    </message>
    <message>
        <source>Write the profile in the format that OUT&apos;s extension names.</source>
        <translation>Das Profil in dem Format schreiben, das die Endung von OUT nennt.</translation>
    </message>
    <message>
        <source>Compare BASE with NEW: write the diff (-o OUT.json) or print it (--json).</source>
        <translation>BASE mit NEW vergleichen: den Diff schreiben (-o OUT.json) oder ausgeben (--json).</translation>
    </message>
    <message>
        <source>Print a library&apos;s or a timed profile&apos;s totals over time (--json: the series).</source>
        <translation>Die Summen einer Bibliothek oder eines Profils mit Zeitstempeln über die Zeit ausgeben (--json: die Reihen).</translation>
    </message>
    <message>
        <source>Write a server&apos;s merge of a range in the format that OUT&apos;s extension names.</source>
        <translation>Die Zusammenführung eines Zeitbereichs von einem Server in dem Format schreiben, das die Endung von OUT nennt.</translation>
    </message>
    <message>
        <source>Add profiles to the profile library, list them, remove them.</source>
        <translation>Profile zur Profilbibliothek hinzufügen, auflisten, entfernen.</translation>
    </message>
    <message>
        <source>Run a command, record its profiles (perf or SDK pushes), write and store them.</source>
        <translation>Einen Befehl ausführen, seine Profile aufzeichnen (perf oder SDK-Pushes), schreiben und speichern.</translation>
    </message>
    <message>
        <source>Usage: %1 [FILE...] [--screenshot OUT.png ...]
       %1 info FILE [--json]
       %1 top FILE [-t SAMPLE_TYPE] [-n N] [--json]
       %1 export FILE -o OUT [-t SAMPLE_TYPE] [--width W] [--height H] [--scale S] [--minwidth PX] [--icicle] [--heat]
       %1 diff BASE NEW [-o OUT] [-t SAMPLE_TYPE [--new-type SAMPLE_TYPE]] [--json]
       %1 timeline SOURCE [--query &apos;TYPE{selector}&apos;] [--from T] [--until T] [--step SECONDS] [--group-by LABEL] [--json]
       %1 diff SOURCE [--query &apos;TYPE{selector}&apos;] --base FROM..UNTIL --new FROM..UNTIL [-o OUT] [--json]
       %1 top SOURCE [--query &apos;TYPE{selector}&apos;] [--from T] [--until T] [-n N] [--json]
       %1 fetch URL --query &apos;TYPE{selector}&apos; [--from T] [--until T] -o OUT [--token TOKEN | --user USER --password PASSWORD] [--tenant TENANT] [--timeout SECONDS] [--ca-file FILE] [--trust-fingerprint SHA256]
       %1 serve [--listen 127.0.0.1:4040] [--library FILE] [--max-body BYTES] [--retention DURATION] [--token TOKEN] [--no-auth] [--scrape FILE]
       %1 scrape URL [--type cpu|allocs|heap|goroutine|block|mutex] [--seconds N] -o OUT
</source>
        <translation>Aufruf: %1 [FILE...] [--screenshot OUT.png ...]
       %1 info FILE [--json]
       %1 top FILE [-t SAMPLE_TYPE] [-n N] [--json]
       %1 export FILE -o OUT [-t SAMPLE_TYPE] [--width W] [--height H] [--scale S] [--minwidth PX] [--icicle] [--heat]
       %1 diff BASE NEW [-o OUT] [-t SAMPLE_TYPE [--new-type SAMPLE_TYPE]] [--json]
       %1 timeline SOURCE [--query &apos;TYPE{selector}&apos;] [--from T] [--until T] [--step SECONDS] [--group-by LABEL] [--json]
       %1 diff SOURCE [--query &apos;TYPE{selector}&apos;] --base FROM..UNTIL --new FROM..UNTIL [-o OUT] [--json]
       %1 top SOURCE [--query &apos;TYPE{selector}&apos;] [--from T] [--until T] [-n N] [--json]
       %1 fetch URL --query &apos;TYPE{selector}&apos; [--from T] [--until T] -o OUT [--token TOKEN | --user USER --password PASSWORD] [--tenant TENANT] [--timeout SECONDS] [--ca-file FILE] [--trust-fingerprint SHA256]
       %1 serve [--listen 127.0.0.1:4040] [--library FILE] [--max-body BYTES] [--retention DURATION] [--token TOKEN] [--no-auth] [--scrape FILE]
       %1 scrape URL [--type cpu|allocs|heap|goroutine|block|mutex] [--seconds N] -o OUT
</translation>
    </message>
    <message>
        <source>A server&apos;s bearer token (default: $PYROGRAPH_TOKEN).</source>
        <translation>Bearer-Token eines Servers (Standard: $PYROGRAPH_TOKEN).</translation>
    </message>
    <message>
        <source>A server&apos;s basic-auth user (default: $PYROSCOPE_BASIC_AUTH_USER).</source>
        <translation>Basic-Auth-Benutzer eines Servers (Standard: $PYROSCOPE_BASIC_AUTH_USER).</translation>
    </message>
    <message>
        <source>That user&apos;s password (default: $PYROSCOPE_BASIC_AUTH_PASSWORD).</source>
        <translation>Passwort dieses Benutzers (Standard: $PYROSCOPE_BASIC_AUTH_PASSWORD).</translation>
    </message>
    <message>
        <source>A server&apos;s tenant, X-Scope-OrgID (default: $PYROSCOPE_TENANT_ID).</source>
        <translation>Mandant eines Servers, X-Scope-OrgID (Standard: $PYROSCOPE_TENANT_ID).</translation>
    </message>
    <message>
        <source>Seconds a server may take to connect and to answer (default 30).</source>
        <translation>Sekunden, die ein Server für Verbindung und Antwort brauchen darf (Standard 30).</translation>
    </message>
    <message>
        <source>https: the CA certificates (PEM) to trust instead of the system&apos;s.</source>
        <translation>https: die CA-Zertifikate (PEM), denen statt denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>https: trust the server&apos;s certificate with this SHA-256 fingerprint, though no CA signed it.</source>
        <translation>https: dem Zertifikat des Servers mit diesem SHA-256-Fingerabdruck vertrauen, auch wenn keine CA es signiert hat.</translation>
    </message>
    <message>
        <source>--trust-fingerprint wants a SHA-256 fingerprint (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation>--trust-fingerprint erwartet einen SHA-256-Fingerabdruck (64 Hexziffern, Doppelpunkte erlaubt), erhalten: „%1“</translation>
    </message>
    <message>
        <source>--timeout wants seconds (more than 0, at most a day), got &quot;%1&quot;</source>
        <translation>--timeout erwartet Sekunden (mehr als 0, höchstens ein Tag), erhalten: „%1“</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The sample type (default: the profile&apos;s).</source>
        <translation>Der Sample-Typ (Standard: der des Profils).</translation>
    </message>
    <message>
        <source>NEW&apos;s sample type, when it is named differently from BASE&apos;s (-t, or BASE&apos;s default); the units must match.</source>
        <translation>Der Sample-Typ von NEW, wenn er anders heißt als der von BASE (-t oder der Standard von BASE); die Einheiten müssen übereinstimmen.</translation>
    </message>
    <message>
        <source>Print only the first N functions.</source>
        <translation>Nur die ersten N Funktionen ausgeben.</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>Die zu schreibende Datei; ihre Endung wählt das Format.</translation>
    </message>
    <message>
        <source>SVG/PNG: the image width in pixels (SVG default 1200).</source>
        <translation>SVG/PNG: die Bildbreite in Pixeln (SVG-Standard 1200).</translation>
    </message>
    <message>
        <source>PNG: the image height in pixels (default 800).</source>
        <translation>PNG: die Bildhöhe in Pixeln (Standard 800).</translation>
    </message>
    <message>
        <source>PNG: device pixels per pixel (default 1).</source>
        <translation>PNG: Gerätepixel pro Pixel (Standard 1).</translation>
    </message>
    <message>
        <source>SVG: leave out boxes narrower than PX pixels (default 0.1).</source>
        <translation>SVG: Kästen schmaler als PX Pixel weglassen (Standard 0.1).</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: the root on top.</source>
        <translation>SVG/HTML/PNG: die Wurzel oben.</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: colour by self (heat), as the window&apos;s &quot;By self&quot;.</source>
        <translation>SVG/HTML/PNG: nach Selbstwert färben (Heat), wie „Nach Selbstwert“ im Fenster.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s profile type and label selector: &apos;TYPE{selector}&apos;.</source>
        <translation>Profiltyp und Label-Selektor von SOURCE: &apos;TYPE{selector}&apos;.</translation>
    </message>
    <message>
        <source>The range&apos;s start: now-1h, unix seconds or ms, RFC 3339.</source>
        <translation>Der Beginn des Bereichs: now-1h, Unix-Sekunden oder -ms, RFC 3339.</translation>
    </message>
    <message>
        <source>The range&apos;s end (default: now, or a file&apos;s end).</source>
        <translation>Das Ende des Bereichs (Standard: jetzt oder das Ende einer Datei).</translation>
    </message>
    <message>
        <source>Seconds per point (default: about 100 points).</source>
        <translation>Sekunden pro Punkt (Standard: etwa 100 Punkte).</translation>
    </message>
    <message>
        <source>One series per value of LABEL.</source>
        <translation>Eine Reihe pro Wert von LABEL.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s baseline range.</source>
        <translation>Der Basisbereich von SOURCE.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s range compared with it.</source>
        <translation>Der damit verglichene Bereich von SOURCE.</translation>
    </message>
    <message>
        <source>The baseline profile (with --base and --new: the SOURCE).</source>
        <translation>Das Basisprofil (mit --base und --new: die SOURCE).</translation>
    </message>
    <message>
        <source>The profile compared with it (none with --base and --new).</source>
        <translation>Das damit verglichene Profil (keines mit --base und --new).</translation>
    </message>
    <message>
        <source>A Pyroscope server: Grafana Pyroscope 1.x, Grafana Cloud Profiles or pyrograph serve.</source>
        <translation>Ein Pyroscope-Server: Grafana Pyroscope 1.x, Grafana Cloud Profiles oder pyrograph serve.</translation>
    </message>
    <message>
        <source>A profile library, a profile file with sample times, or several profile files (each at its own time).</source>
        <translation>Eine Profilbibliothek, eine Profildatei mit Sample-Zeiten oder mehrere Profildateien (jede zu ihrer eigenen Zeit).</translation>
    </message>
    <message>
        <source>The profile to read (&quot;-&quot; reads stdin).</source>
        <translation>Das zu lesende Profil („-“ liest stdin).</translation>
    </message>
    <message>
        <source>--base and --new go together</source>
        <translation>--base und --new gehören zusammen</translation>
    </message>
    <message>
        <source>--query wants --base and --new</source>
        <translation>--query erwartet --base und --new</translation>
    </message>
    <message>
        <source>--step wants seconds (more than 0), got &quot;%1&quot;</source>
        <translation>--step erwartet Sekunden (mehr als 0), erhalten: „%1“</translation>
    </message>
    <message>
        <source>--base and --new compare two ranges of one SOURCE, got %1 inputs</source>
        <translation>--base und --new vergleichen zwei Bereiche einer SOURCE, erhalten: %1 Eingaben</translation>
    </message>
    <message>
        <source>takes two input files, BASE and NEW, got %1</source>
        <translation>erwartet zwei Eingabedateien, BASE und NEW, erhalten: %1</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>keine Eingabedatei angegeben</translation>
    </message>
    <message>
        <source>takes exactly one input file, got %1</source>
        <translation>erwartet genau eine Eingabedatei, erhalten: %1</translation>
    </message>
    <message>
        <source>-n wants a count (0 or more), got &quot;%1&quot;</source>
        <translation>-n erwartet eine Anzahl (0 oder mehr), erhalten: „%1“</translation>
    </message>
    <message>
        <source>--width and --height want whole pixels (1 to 100000), --scale a factor (0.01 to 16), --minwidth pixels (0 or more)</source>
        <translation>--width und --height erwarten ganze Pixel (1 bis 100000), --scale einen Faktor (0.01 bis 16), --minwidth Pixel (0 oder mehr)</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>keine Ausgabedatei angegeben (-o OUT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL (http:// or https://)</source>
        <translation>„%1“ ist keine Server-URL (http:// oder https://)</translation>
    </message>
    <message>
        <source>no query given (--query &apos;TYPE{selector}&apos;)</source>
        <translation>keine Abfrage angegeben (--query &apos;TYPE{selector}&apos;)</translation>
    </message>
    <message>
        <source>Pyrograph: a flamegraph workbench. Opens each FILE in a tab; see the subcommands below.</source>
        <translation>Pyrograph: eine Flammendiagramm-Werkbank. Öffnet jede FILE in einem Tab; die Unterbefehle stehen unten.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Open the files (none: the welcome page), save the window to OUT.png once imported, exit.</source>
        <translation>Die Dateien öffnen (keine: die Startseite), das Fenster nach dem Import als OUT.png speichern, beenden.</translation>
    </message>
    <message>
        <source>The window size for --screenshot.</source>
        <translation>Die Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>The view: flamegraph, table, both or sandwich; for a diff file also diff, side-by-side or diff-table.</source>
        <translation>Die Ansicht: flamegraph, table, both oder sandwich; bei einer Diff-Datei auch diff, side-by-side oder diff-table.</translation>
    </message>
    <message>
        <source>Search for TEXT in every tab.</source>
        <translation>In jedem Tab nach TEXT suchen.</translation>
    </message>
    <message>
        <source>Zoom to a call path, root first: &apos;main;serve;parse&apos;.</source>
        <translation>Auf einen Aufrufpfad zoomen, Wurzel zuerst: &apos;main;serve;parse&apos;.</translation>
    </message>
    <message>
        <source>The flamegraph renderer: gl, raster or auto.</source>
        <translation>Der Flammendiagramm-Renderer: gl, raster oder auto.</translation>
    </message>
    <message>
        <source>Open SOURCE (a library, a profile with sample times or a server&apos;s URL) in the timeline window.</source>
        <translation>SOURCE (eine Bibliothek, ein Profil mit Sample-Zeiten oder die URL eines Servers) im Zeitachsenfenster öffnen.</translation>
    </message>
    <message>
        <source>Timeline: the profile type and label selector, &apos;TYPE{selector}&apos;.</source>
        <translation>Zeitachse: Profiltyp und Label-Selektor, &apos;TYPE{selector}&apos;.</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s start (now-1h, unix s or ms, RFC 3339).</source>
        <translation>Zeitachse: der Beginn der Abfrage (now-1h, Unix-s oder -ms, RFC 3339).</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s end.</source>
        <translation>Zeitachse: das Ende der Abfrage.</translation>
    </message>
    <message>
        <source>Timeline: select this range (its merge is shown).</source>
        <translation>Zeitachse: diesen Bereich auswählen (seine Zusammenführung wird gezeigt).</translation>
    </message>
    <message>
        <source>Timeline: compare --range with this range.</source>
        <translation>Zeitachse: --range mit diesem Bereich vergleichen.</translation>
    </message>
    <message>
        <source>Timeline: show a file&apos;s subsecond heatmap (FlameScope).</source>
        <translation>Zeitachse: die Subsekunden-Heatmap einer Datei zeigen (FlameScope).</translation>
    </message>
    <message>
        <source>Timeline: the label breakdown by LABEL.</source>
        <translation>Zeitachse: die Aufschlüsselung nach LABEL.</translation>
    </message>
    <message>
        <source>Profiles to open (&quot;-&quot; reads stdin).</source>
        <translation>Zu öffnende Profile („-“ liest stdin).</translation>
    </message>
    <message>
        <source>Subcommands (no display needed):</source>
        <translation>Unterbefehle (ohne Bildschirm):</translation>
    </message>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API over a profile library (push, pull, query).</source>
        <translation>Die API von Grafana Pyroscope über einer Profilbibliothek bereitstellen (Push, Pull, Abfrage).</translation>
    </message>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof.</source>
        <translation>Ein Profil vom net/http/pprof eines Go-Programms holen.</translation>
    </message>
    <message>
        <source>the timeline wants a SOURCE</source>
        <translation>die Zeitachse braucht eine SOURCE</translation>
    </message>
    <message>
        <source>--compare wants --range</source>
        <translation>--compare erwartet --range</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT (e.g. 1600x900), got &quot;%1&quot;</source>
        <translation>--size erwartet BREITExHÖHE (z. B. 1600x900), erhalten: „%1“</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; the views are: %2</source>
        <translation>unbekannte Ansicht „%1“; die Ansichten sind: %2</translation>
    </message>
    <message>
        <source>--zoom wants a call path, root first: &apos;main;serve&apos;</source>
        <translation>--zoom erwartet einen Aufrufpfad, Wurzel zuerst: &apos;main;serve&apos;</translation>
    </message>
    <message>
        <source>unknown renderer &quot;%1&quot;; the renderers are: gl, raster, auto</source>
        <translation>unbekannter Renderer „%1“; die Renderer sind: gl, raster, auto</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Pyrograph already runs (without it, the FILEs open as tabs of the running window).</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Pyrograph schon läuft (ohne diese Option öffnen sich die FILEs als Tabs des laufenden Fensters).</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (Vergleich)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Profiles</source>
        <translation>Profile vergleichen</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>Baseline sample type:</source>
        <translation>Sample-Typ der Basis:</translation>
    </message>
    <message>
        <source>Comparison sample type:</source>
        <translation>Sample-Typ des Vergleichs:</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Aufzeichnung: %1</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Baseline Profile</source>
        <translation>Basisprofil</translation>
    </message>
    <message>
        <source>Comparison Profile</source>
        <translation>Vergleichsprofil</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Choose the two profiles to compare: open tabs or files of any format.</source>
        <translation>Die beiden zu vergleichenden Profile wählen: offene Tabs oder Dateien beliebigen Formats.</translation>
    </message>
    <message>
        <source>Choose the sample type of each profile.</source>
        <translation>Den Sample-Typ jedes Profils wählen.</translation>
    </message>
    <message>
        <source>Cannot compare %1 (%2 in %3) with %4 (%5 in %6): the units differ. Choose sample types with the same unit.</source>
        <translation>%1 (%2 in %3) kann nicht mit %4 (%5 in %6) verglichen werden: die Einheiten sind verschieden. Sample-Typen mit derselben Einheit wählen.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source> — %1 total</source>
        <translation> — %1 gesamt</translation>
    </message>
    <message>
        <source>Baseline flame graph</source>
        <translation>Flammendiagramm der Basis</translation>
    </message>
    <message>
        <source>Comparison flame graph</source>
        <translation>Flammendiagramm des Vergleichs</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>der Host der URL</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Benutzer und Passwort</translation>
    </message>
    <message>
        <source>X-Scope-OrgID, if the server has tenants</source>
        <translation>X-Scope-OrgID, falls der Server Mandanten hat</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>https: the system&apos;s CAs</source>
        <translation>https: die CAs des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>Die URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>No certificate authority this system trusts signed the certificate of %1.

SHA-256 fingerprint:
%2

Trust it only if this is your server&apos;s certificate (compare the fingerprint with the server&apos;s).</source>
        <translation>Keine Zertifizierungsstelle, der dieses System vertraut, hat das Zertifikat von %1 signiert.

SHA-256-Fingerabdruck:
%2

Vertrauen Sie ihm nur, wenn es das Zertifikat Ihres Servers ist (vergleichen Sie den Fingerabdruck mit dem des Servers).</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the secret of &quot;%1&quot; (%2).

Store it in Pyrograph&apos;s settings file as plain text, readable by anyone who can read that file? Otherwise you type it again next time.</source>
        <translation>Kein Systemschlüsselbund ist verfügbar, um das Geheimnis von „%1“ (%2) aufzubewahren.

Im Klartext in der Einstellungsdatei von Pyrograph speichern, lesbar für jeden, der diese Datei lesen kann? Sonst geben Sie es beim nächsten Mal erneut ein.</translation>
    </message>
</context>
<context>
    <name>DiffBuilder</name>
    <message>
        <source>no sample types</source>
        <translation>keine Sample-Typen</translation>
    </message>
    <message>
        <source>%1 has no sample types</source>
        <translation>%1 hat keine Sample-Typen</translation>
    </message>
    <message>
        <source>%1 has no sample type &quot;%2&quot;; it has: %3</source>
        <translation>%1 hat keinen Sample-Typ „%2“; vorhanden: %3</translation>
    </message>
    <message>
        <source>%1 and %2 have no sample type in common (%1: %3; %2: %4); choose which to compare</source>
        <translation>%1 und %2 haben keinen gemeinsamen Sample-Typ (%1: %3; %2: %4); wählen Sie, was verglichen werden soll</translation>
    </message>
    <message>
        <source>%1 has no sample type %2</source>
        <translation>%1 hat keinen Sample-Typ %2</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: the units differ (%1: %3, %2: %4)</source>
        <translation>%1 und %2 lassen sich nicht vergleichen: die Einheiten unterscheiden sich (%1: %3, %2: %4)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <source>%1: unknown diff output format; the supported extensions are: %2</source>
        <translation>%1: unbekanntes Ausgabeformat für den Vergleich; unterstützte Endungen: %2</translation>
    </message>
    <message>
        <source>sample type: %1/%2, baseline: %3, comparison: %4</source>
        <translation>Sample-Typ: %1/%2, Basis: %3, Vergleich: %4</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>change%</source>
        <translation>Änderung%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>DiffLegend</name>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s share of its profile&apos;s total (relative)</source>
        <translation>Änderung des Anteils jeder Funktion an der Summe ihres Profils (relativ)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s value (absolute)</source>
        <translation>Änderung des Werts jeder Funktion (absolut)</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Baseline self</source>
        <translation>Selbst der Basis</translation>
    </message>
    <message>
        <source>Comparison self</source>
        <translation>Selbst des Vergleichs</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change % (share)</source>
        <translation>Änderung % (Anteil)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Diff flamegraph</source>
        <translation>Diff-Flammendiagramm</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Diff table</source>
        <translation>Diff-Tabelle</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Absolute Werte</translation>
    </message>
    <message>
        <source>Compare raw values instead of each function&apos;s share of its profile&apos;s total</source>
        <translation>Rohwerte vergleichen statt des Anteils jeder Funktion an der Summe ihres Profils</translation>
    </message>
    <message>
        <source> Colours: </source>
        <translation> Farben: </translation>
    </message>
    <message>
        <source>Green to red</source>
        <translation>Grün nach Rot</translation>
    </message>
    <message>
        <source>Blue to red (colour-blind)</source>
        <translation>Blau nach Rot (farbenblind)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in a flamegraph)</source>
        <translation>Den ganzen Baum zeigen (Esc im Flammendiagramm)</translation>
    </message>
    <message>
        <source>Diff flame graph</source>
        <translation>Diff-Flammendiagramm</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: unbekanntes Exportformat; unterstützte Endungen: %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>Es gibt kein Profil zum Exportieren.</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Ein Export läuft noch.</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: unbekanntes Exportformat; unterstützte Endungen: %2</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Containing Folder</source>
        <translation>Enthaltenden Ordner öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: unbekanntes Exportformat; unterstützte Endungen: %2</translation>
    </message>
</context>
<context>
    <name>FlameGraphAccessible</name>
    <message>
        <source>Flame graph</source>
        <translation>Flammendiagramm</translation>
    </message>
    <message>
        <source>No box selected: the arrow keys move through the boxes, Enter zooms in, Escape zooms out.</source>
        <translation>Kein Kasten ausgewählt: Die Pfeiltasten wandern durch die Kästen, Enter zoomt hinein, Escape zoomt heraus.</translation>
    </message>
</context>
<context>
    <name>FlameGraphView</name>
    <message>
        <source>Click: zoom in · Esc: zoom out · Ctrl+wheel: zoom · drag: pan · wheel: scroll</source>
        <translation>Klick: hineinzoomen · Esc: herauszoomen · Strg+Rad: zoomen · Ziehen: verschieben · Rad: scrollen</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
</context>
<context>
    <name>FlameToolTip</name>
    <message>
        <source>Total: %1 (%2 of all, %3 of parent)</source>
        <translation>Gesamt: %1 (%2 von allem, %3 des Aufrufers)</translation>
    </message>
    <message>
        <source>Total: %1 (%2 of all)</source>
        <translation>Gesamt: %1 (%2 von allem)</translation>
    </message>
    <message>
        <source>Self: %1 (%2 of all)</source>
        <translation>Selbst: %1 (%2 von allem)</translation>
    </message>
    <message numerus="yes">
        <source>%n functions, each too narrow to show; click to zoom in to them</source>
        <translation>
            <numerusform>%n Funktion, zu schmal zum Anzeigen; klicken, um hineinzuzoomen</numerusform>
            <numerusform>%n Funktionen, jede zu schmal zum Anzeigen; klicken, um hineinzuzoomen</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (entfernt)</translation>
    </message>
    <message>
        <source>Baseline: %1 (%2 of %3)</source>
        <translation>Basis: %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Comparison: %1 (%2 of %3)</source>
        <translation>Vergleich: %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Change: %1 (share %2%3 points, %4 relative)</source>
        <translation>Änderung: %1 (Anteil %2%3 Punkte, %4 relativ)</translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation>Änderung: %1 (%2)</translation>
    </message>
    <message>
        <source>Only in the comparison: not called in the baseline.</source>
        <translation>Nur im Vergleich: in der Basis nicht aufgerufen.</translation>
    </message>
    <message>
        <source>Only in the baseline: no longer called in the comparison.</source>
        <translation>Nur in der Basis: im Vergleich nicht mehr aufgerufen.</translation>
    </message>
</context>
<context>
    <name>FlamebearerImporter</name>
    <message>
        <source>level %1 has %2 values, not a multiple of %3</source>
        <translation>Ebene %1 hat %2 Werte, kein Vielfaches von %3</translation>
    </message>
    <message>
        <source>level %1, value %2 is not an integer</source>
        <translation>Ebene %1, Wert %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>level %1, node %2: name index %3 outside names[0..%4)</source>
        <translation>Ebene %1, Knoten %2: Namensindex %3 außerhalb von names[0..%4)</translation>
    </message>
    <message>
        <source>level %1, node %2: negative total</source>
        <translation>Ebene %1, Knoten %2: negativer Gesamtwert</translation>
    </message>
    <message>
        <source>level %1: the node at x=%2 (width %3) lies in no node of level %4</source>
        <translation>Ebene %1: der Knoten bei x=%2 (Breite %3) liegt in keinem Knoten der Ebene %4</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;flamebearer&quot; or &quot;flamegraph&quot; object</source>
        <translation>kein „flamebearer“- oder „flamegraph“-Objekt</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>keine Namen</translation>
    </message>
    <message>
        <source>no levels</source>
        <translation>keine Ebenen</translation>
    </message>
    <message>
        <source>the flamegraph is empty (no samples)</source>
        <translation>das Flammendiagramm ist leer (keine Samples)</translation>
    </message>
    <message>
        <source>the nodes add up to %1, not the %2 that the file gives as its total</source>
        <translation>die Knoten ergeben zusammen %1, nicht die %2, die die Datei als Gesamtwert angibt</translation>
    </message>
</context>
<context>
    <name>FoldedWriter</name>
    <message>
        <source>%1: no sample type %2</source>
        <translation>%1: kein Sample-Typ %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>FunctionActions</name>
    <message>
        <source>Focus on this function</source>
        <translation>Auf diese Funktion fokussieren</translation>
    </message>
    <message>
        <source>Collapse this function</source>
        <translation>Diese Funktion einklappen</translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation>Funktionsnamen kopieren</translation>
    </message>
    <message>
        <source>Show in sandwich view</source>
        <translation>In der Sandwich-Ansicht zeigen</translation>
    </message>
</context>
<context>
    <name>FunctionTableModel</name>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>Selbst %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Gesamt %</translation>
    </message>
</context>
<context>
    <name>GeckoProcessedProfile</name>
    <message>
        <source>%1.stackTable: %2 prefixes for %3 frames</source>
        <translation>%1.stackTable: %2 Präfixe für %3 Frames</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 %4</source>
        <translation>%1.samples: %2 Stacks, aber %3 %4</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 weights</source>
        <translation>%1.samples: %2 Stacks, aber %3 Gewichte</translation>
    </message>
    <message>
        <source>%1.funcTable.name[%2]: %3 is not in the string array (%4 strings)</source>
        <translation>%1.funcTable.name[%2]: %3 ist nicht im String-Array (%4 Strings)</translation>
    </message>
    <message>
        <source>%1.stackTable.prefixOffset[%2]: %3 reaches before the first stack</source>
        <translation>%1.stackTable.prefixOffset[%2]: %3 reicht vor den ersten Stack</translation>
    </message>
    <message>
        <source>%1.stackTable.prefix[%2]: %3 is not an earlier stack</source>
        <translation>%1.stackTable.prefix[%2]: %3 ist kein früherer Stack</translation>
    </message>
    <message>
        <source>%1.stackTable.frame[%2]: %3 is not in the frameTable (%4 frames)</source>
        <translation>%1.stackTable.frame[%2]: %3 ist nicht in der frameTable (%4 Frames)</translation>
    </message>
    <message>
        <source>%1.frameTable.func[%2]: %3 is not in the funcTable (%4 functions)</source>
        <translation>%1.frameTable.func[%2]: %3 ist nicht in der funcTable (%4 Funktionen)</translation>
    </message>
    <message>
        <source>%1.samples.%2[%3] is not a number</source>
        <translation>%1.samples.%2[%3] ist keine Zahl</translation>
    </message>
    <message>
        <source>%1.samples.stack[%2]: %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1.samples.stack[%2]: %3 ist nicht in der stackTable (%4 Stacks)</translation>
    </message>
    <message>
        <source>%1.samples.weight[%2] is not a number</source>
        <translation>%1.samples.weight[%2] ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: %2 (processed, version %3): %4</source>
        <translation>%1: %2 (verarbeitet, Version %3): %4</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>erwartet: ein „threads“-Array</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 ist kein Thread-Objekt</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>in keinem Thread gibt es Samples</translation>
    </message>
</context>
<context>
    <name>GeckoProfileImporter</name>
    <message>
        <source>%1: expected samples, stackTable and frameTable with &quot;data&quot; arrays</source>
        <translation>%1: erwartet: samples, stackTable und frameTable mit „data“-Arrays</translation>
    </message>
    <message>
        <source>%1: frameTable.data[%2]: location %3 is not in the stringTable (%4 strings)</source>
        <translation>%1: frameTable.data[%2]: Ort %3 ist nicht in der stringTable (%4 Strings)</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: prefix %3 is not an earlier stack</source>
        <translation>%1: stackTable.data[%2]: Präfix %3 ist kein früherer Stack</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: frame %3 is not in the frameTable (%4 frames)</source>
        <translation>%1: stackTable.data[%2]: Frame %3 ist nicht in der frameTable (%4 Frames)</translation>
    </message>
    <message>
        <source>%1: startTime %2 is out of range</source>
        <translation>%1: startTime %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1: samples.data[%2] has no time</source>
        <translation>%1: samples.data[%2] hat keine Zeit</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: stack %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1: samples.data[%2]: Stack %3 ist nicht in der stackTable (%4 Stacks)</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: time %3 is out of range</source>
        <translation>%1: samples.data[%2]: Zeit %3 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1: the samples&apos; durations add up to more than 2^62 ns</source>
        <translation>%1: die Dauern der Samples ergeben zusammen mehr als 2^62 ns</translation>
    </message>
    <message>
        <source>%1: processes nest deeper than 16 levels</source>
        <translation>%1: Prozesse sind tiefer als 16 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 ist kein Thread-Objekt</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array in &quot;profile&quot;</source>
        <translation>erwartet: ein „threads“-Array in „profile“</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>erwartet: ein „threads“-Array</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>in keinem Thread gibt es Samples</translation>
    </message>
</context>
<context>
    <name>GhcProfImporter</name>
    <message>
        <source>cost_centres[%1] has no numeric &quot;id&quot;</source>
        <translation>cost_centres[%1] hat keine numerische „id“</translation>
    </message>
    <message>
        <source>%1: cost centre %2 is not in cost_centres</source>
        <translation>%1: Kostenstelle %2 ist nicht in cost_centres</translation>
    </message>
    <message>
        <source>%1: &quot;children&quot; is not an array</source>
        <translation>%1: „children“ ist kein Array</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of 0 or more</source>
        <translation>%1: „%2“ ist keine Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>no &quot;cost_centres&quot; array</source>
        <translation>kein „cost_centres“-Array</translation>
    </message>
    <message>
        <source>no &quot;profile&quot; object</source>
        <translation>kein „profile“-Objekt</translation>
    </message>
    <message>
        <source>no positive &quot;tick_interval&quot;</source>
        <translation>kein positives „tick_interval“</translation>
    </message>
    <message>
        <source>line %1: the tree has no ticks and bytes columns and the report gives no &quot;total time&quot; and &quot;total alloc&quot;</source>
        <translation>Zeile %1: der Baum hat keine ticks- und bytes-Spalten, und der Bericht nennt weder „total time“ noch „total alloc“</translation>
    </message>
    <message>
        <source>line %1: expected %2 columns, found %3</source>
        <translation>Zeile %1: %2 Spalten erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a cost-centre row</source>
        <translation>Zeile %1: „%2“ ist keine Kostenstellen-Zeile</translation>
    </message>
    <message>
        <source>line %1: %time or %alloc is not a percentage</source>
        <translation>Zeile %1: %time oder %alloc ist kein Prozentwert</translation>
    </message>
    <message>
        <source>no cost-centre tree (a &quot;COST CENTRE ... no. entries&quot; header)</source>
        <translation>kein Kostenstellen-Baum (eine Kopfzeile „COST CENTRE ... no. entries“)</translation>
    </message>
    <message>
        <source>the report has no ticks and bytes columns (+RTS -p rather than -P): cpu and alloc are estimated from the rounded percentages of %1 rows</source>
        <translation>der Bericht hat keine ticks- und bytes-Spalten (+RTS -p statt -P): cpu und alloc sind aus den gerundeten Prozentwerten von %1 Zeilen geschätzt</translation>
    </message>
    <message>
        <source>%1: %2: no cost centre has ticks, allocation or entries</source>
        <translation>%1: %2: keine Kostenstelle hat ticks, Allokationen oder Einträge</translation>
    </message>
</context>
<context>
    <name>GzipStreamWriter</name>
    <message>
        <source>%1: zlib did not start</source>
        <translation>%1: zlib ließ sich nicht starten</translation>
    </message>
    <message>
        <source>%1: deflate failed</source>
        <translation>%1: deflate fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Boxes are coloured by their self value (what the frame spends itself, not in its callees) against the largest self in the profile: pale yellow for none, red for the largest (%1).</source>
        <translation>Kästen sind nach ihrem Selbstwert gefärbt (was der Frame selbst verbraucht, nicht in seinen Aufgerufenen), gemessen am größten Selbstwert im Profil: blassgelb für keinen, rot für den größten (%1).</translation>
    </message>
    <message>
        <source>Self (heat)</source>
        <translation>Selbst (Heat)</translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <source>%1 (%2) exceeds the limit of %3; raise it with %4 if the input is trusted</source>
        <translation>%1 (%2) überschreitet die Grenze von %3; mit %4 erhöhen, wenn der Eingabe vertraut wird</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>format: %1 (diff)</source>
        <translation>Format: %1 (Vergleich)</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>sample types:</source>
        <translation>Sample-Typen:</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[Standard]</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>functions: %1</source>
        <translation>Funktionen: %1</translation>
    </message>
    <message>
        <source>max depth: %1</source>
        <translation>maximale Tiefe: %1</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>period: %1 (%2/%3)</source>
        <translation>Periode: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>spy: %1</source>
        <translation>Spy: %1</translation>
    </message>
    <message>
        <source>sample rate: %1 Hz</source>
        <translation>Abtastrate: %1 Hz</translation>
    </message>
    <message>
        <source>labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>sample label keys: %1</source>
        <translation>Label-Schlüssel der Samples: %1</translation>
    </message>
    <message>
        <source>comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <source>warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>InputStream</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot seek back: %2</source>
        <translation>%1: kann nicht zurückspringen: %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <source>%1: %2: cannot initialise zlib</source>
        <translation>%1: %2: zlib lässt sich nicht initialisieren</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb (--max-decompressed raises the limit)</source>
        <translation>%1: %2-Daten entpacken sich auf mehr als %3 Bytes: eine wahrscheinliche Dekomprimierungsbombe wird abgelehnt (--max-decompressed erhöht die Grenze)</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb</source>
        <translation>%1: %2-Daten entpacken sich auf mehr als %3 Bytes: eine wahrscheinliche Dekomprimierungsbombe wird abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data at byte %3: %4</source>
        <translation>%1: %2: beschädigte komprimierte Daten bei Byte %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a member</source>
        <translation>%1: %2: abgeschnitten: die komprimierten Daten enden bei Byte %3 mitten in einem Member</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data near byte %3: %4</source>
        <translation>%1: %2: beschädigte komprimierte Daten nahe Byte %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a frame</source>
        <translation>%1: %2: abgeschnitten: die komprimierten Daten enden bei Byte %3 mitten in einem Frame</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>another instance listens on %1</source>
        <translation>eine andere Instanz lauscht auf %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>InstrumentsImporter</name>
    <message>
        <source>weight &quot;%1 %2&quot; is out of range</source>
        <translation>Gewicht „%1 %2“ liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>unbekannte Einheit „%1“</translation>
    </message>
    <message>
        <source>%1: %2: line 1 is not a deep copy header (a weight column and &quot;Symbol Name&quot;)</source>
        <translation>%1: %2: Zeile 1 ist keine Deep-Copy-Kopfzeile (eine Gewichtsspalte und „Symbol Name“)</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: Zeile %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: no rows under the header</source>
        <translation>%1: %2: keine Zeilen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>%1: %2: line %3 is indented %4 deep under a frame at depth %5</source>
        <translation>%1: %2: Zeile %3 ist %4 tief eingerückt, unter einem Frame der Tiefe %5</translation>
    </message>
</context>
<context>
    <name>JfrByteReader</name>
    <message>
        <source>truncated chunk: %1 bytes needed, %2 left</source>
        <translation>abgeschnittener Chunk: %1 Bytes benötigt, %2 übrig</translation>
    </message>
    <message>
        <source>%1 %2 is outside its chunk (bytes %3 to %4)</source>
        <translation>%1 %2 liegt außerhalb seines Chunks (Bytes %3 bis %4)</translation>
    </message>
    <message>
        <source>truncated chunk inside a compressed integer</source>
        <translation>abgeschnittener Chunk innerhalb einer komprimierten Ganzzahl</translation>
    </message>
    <message>
        <source>%1 %2 is more than the %3 bytes left in the chunk</source>
        <translation>%1 %2 ist mehr als die %3 im Chunk verbleibenden Bytes</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the chunk (%3 left)</source>
        <translation>%1 mit %2 Bytes reicht über den Chunk hinaus (%3 übrig)</translation>
    </message>
    <message>
        <source>constant pool offset</source>
        <translation>Konstantenpool-Offset</translation>
    </message>
    <message>
        <source>constant pool count</source>
        <translation>Anzahl der Konstantenpools</translation>
    </message>
    <message>
        <source>constant count</source>
        <translation>Anzahl der Konstanten</translation>
    </message>
    <message>
        <source>constant offset</source>
        <translation>Konstanten-Offset</translation>
    </message>
    <message>
        <source>event offset</source>
        <translation>Ereignis-Offset</translation>
    </message>
    <message>
        <source>metadata attribute count</source>
        <translation>Anzahl der Metadaten-Attribute</translation>
    </message>
    <message>
        <source>metadata child count</source>
        <translation>Anzahl der Metadaten-Kinder</translation>
    </message>
    <message>
        <source>metadata string count</source>
        <translation>Anzahl der Metadaten-Strings</translation>
    </message>
    <message>
        <source>metadata string length</source>
        <translation>Länge eines Metadaten-Strings</translation>
    </message>
    <message>
        <source>metadata string</source>
        <translation>Metadaten-String</translation>
    </message>
    <message>
        <source>metadata offset</source>
        <translation>Metadaten-Offset</translation>
    </message>
    <message>
        <source>string length</source>
        <translation>String-Länge</translation>
    </message>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <source>array length</source>
        <translation>Array-Länge</translation>
    </message>
</context>
<context>
    <name>JfrConstantPools</name>
    <message>
        <source>the constant pool chain comes back to the checkpoint at byte %1</source>
        <translation>die Kette der Konstantenpools kehrt zum Checkpoint bei Byte %1 zurück</translation>
    </message>
    <message>
        <source>checkpoint event size %1 runs past its chunk</source>
        <translation>Checkpoint-Ereignisgröße %1 reicht über ihren Chunk hinaus</translation>
    </message>
    <message>
        <source>the constant pool offset points at an event of type %1, not at a checkpoint (type 1)</source>
        <translation>der Konstantenpool-Offset zeigt auf ein Ereignis vom Typ %1, nicht auf einen Checkpoint (Typ 1)</translation>
    </message>
    <message>
        <source>a constant pool of the undeclared type id %1</source>
        <translation>ein Konstantenpool des nicht deklarierten Typs %1</translation>
    </message>
    <message>
        <source>checkpoint event runs past its size of %1 bytes</source>
        <translation>das Checkpoint-Ereignis reicht über seine Größe von %1 Bytes hinaus</translation>
    </message>
</context>
<context>
    <name>JfrImporter</name>
    <message>
        <source>%1: %2: no execution, allocation, lock or park events in %3 chunk(s)</source>
        <translation>%1: %2: keine Ausführungs-, Allokations-, Lock- oder Park-Ereignisse in %3 Chunk(s)</translation>
    </message>
</context>
<context>
    <name>JfrMetadata</name>
    <message>
        <source>metadata string index %1 is not one of its %2 strings</source>
        <translation>Metadaten-Stringindex %1 ist keiner seiner %2 Strings</translation>
    </message>
    <message>
        <source>metadata nested deeper than %1</source>
        <translation>Metadaten tiefer verschachtelt als %1</translation>
    </message>
    <message>
        <source>metadata event size %1 runs past its chunk</source>
        <translation>Metadaten-Ereignisgröße %1 reicht über ihren Chunk hinaus</translation>
    </message>
    <message>
        <source>the metadata offset points at an event of type %1, not at the metadata event (type 0)</source>
        <translation>der Metadaten-Offset zeigt auf ein Ereignis vom Typ %1, nicht auf das Metadaten-Ereignis (Typ 0)</translation>
    </message>
    <message>
        <source>metadata string with encoding %1</source>
        <translation>Metadaten-String mit der Kodierung %1</translation>
    </message>
    <message>
        <source>the metadata&apos;s first element is &quot;%1&quot;, not &quot;root&quot;</source>
        <translation>das erste Element der Metadaten ist „%1“, nicht „root“</translation>
    </message>
    <message>
        <source>metadata class id &quot;%1&quot; is not a number</source>
        <translation>Metadaten-Klassen-ID „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>metadata field class &quot;%1&quot; is not a number</source>
        <translation>Metadaten-Feldklasse „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>metadata declares class id %1 twice</source>
        <translation>die Metadaten deklarieren die Klassen-ID %1 zweimal</translation>
    </message>
    <message>
        <source>the metadata event runs past its size of %1 bytes</source>
        <translation>das Metadaten-Ereignis reicht über seine Größe von %1 Bytes hinaus</translation>
    </message>
    <message>
        <source>field %1.%2 has the undeclared type id %3</source>
        <translation>Feld %1.%2 hat die nicht deklarierte Typ-ID %3</translation>
    </message>
</context>
<context>
    <name>JfrRecordingReader</name>
    <message>
        <source>truncated chunk header: %1 of %2 bytes</source>
        <translation>abgeschnittener Chunk-Header: %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>no chunk magic &quot;FLR\0&quot;</source>
        <translation>keine Chunk-Kennung „FLR\0“</translation>
    </message>
    <message>
        <source>unsupported JFR version %1</source>
        <translation>nicht unterstützte JFR-Version %1</translation>
    </message>
    <message>
        <source>truncated chunk: its header says %1 bytes, %2 are left</source>
        <translation>abgeschnittener Chunk: sein Header nennt %1 Bytes, %2 sind übrig</translation>
    </message>
    <message>
        <source>constant pool offset %1 is outside its chunk of %2 bytes</source>
        <translation>Konstantenpool-Offset %1 liegt außerhalb seines Chunks von %2 Bytes</translation>
    </message>
    <message>
        <source>metadata offset %1 is outside its chunk of %2 bytes</source>
        <translation>Metadaten-Offset %1 liegt außerhalb seines Chunks von %2 Bytes</translation>
    </message>
    <message>
        <source>ticks per second %1 is not positive</source>
        <translation>Ticks pro Sekunde %1 ist nicht positiv</translation>
    </message>
    <message>
        <source>event size %1 runs past its chunk (%2 bytes left)</source>
        <translation>Ereignisgröße %1 reicht über ihren Chunk hinaus (%2 Bytes übrig)</translation>
    </message>
    <message>
        <source>event runs past its size of %1 bytes</source>
        <translation>das Ereignis reicht über seine Größe von %1 Bytes hinaus</translation>
    </message>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 bei Byte %4</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: Speicher erschöpft</translation>
    </message>
    <message>
        <source>%1: %2: the file holds no chunk</source>
        <translation>%1: %2: die Datei enthält keinen Chunk</translation>
    </message>
</context>
<context>
    <name>JfrValueReader</name>
    <message>
        <source>more values than a chunk of this size can hold (a loop of empty values?)</source>
        <translation>mehr Werte, als ein Chunk dieser Größe enthalten kann (eine Schleife leerer Werte?)</translation>
    </message>
    <message>
        <source>string with the unknown encoding %1</source>
        <translation>String mit der unbekannten Kodierung %1</translation>
    </message>
    <message>
        <source>values nested deeper than %1</source>
        <translation>Werte tiefer verschachtelt als %1</translation>
    </message>
    <message>
        <source>a value of the undeclared type id %1</source>
        <translation>ein Wert des nicht deklarierten Typs %1</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>%1: %2: invalid JSON at byte %3: %4</source>
        <translation>%1: %2: ungültiges JSON bei Byte %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: expected a JSON object at the top</source>
        <translation>%1: %2: auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>LabelFitBox</name>
    <message>
        <source>Which end of a long name a label keeps: head first &quot;github.com/org/repo/pkg/sto…&quot;, tail first &quot;…storage.(*Writer).Flush&quot;. Auto takes the tail when most names are package-qualified (Go, Java).</source>
        <translation>Welches Ende eines langen Namens eine Beschriftung behält: Anfang zuerst „github.com/org/repo/pkg/sto…“, Ende zuerst „…storage.(*Writer).Flush“. Auto nimmt das Ende, wenn die meisten Namen paketqualifiziert sind (Go, Java).</translation>
    </message>
    <message>
        <source>Head first</source>
        <translation>Anfang zuerst</translation>
    </message>
    <message>
        <source>Tail first</source>
        <translation>Ende zuerst</translation>
    </message>
    <message>
        <source>Auto: tail first</source>
        <translation>Auto: Ende zuerst</translation>
    </message>
    <message>
        <source>Auto: head first</source>
        <translation>Auto: Anfang zuerst</translation>
    </message>
</context>
<context>
    <name>LabelSelector</name>
    <message>
        <source>expected a quoted value at position %1</source>
        <translation>an Position %1 wird ein Wert in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>unknown escape \%1 at position %2</source>
        <translation>unbekannte Escape-Sequenz \%1 an Position %2</translation>
    </message>
    <message>
        <source>unterminated quoted value at position %1</source>
        <translation>nicht abgeschlossener Wert in Anführungszeichen an Position %1</translation>
    </message>
    <message>
        <source>expected a metric name or &apos;{&apos; at position %1</source>
        <translation>an Position %1 wird ein Metrikname oder &apos;{&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; at position %1</source>
        <translation>an Position %1 wird &apos;{&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; at position %1</source>
        <translation>an Position %1 wird &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a label name at position %1</source>
        <translation>an Position %1 wird ein Label-Name erwartet</translation>
    </message>
    <message>
        <source>expected =, !=, =~ or !~ at position %1</source>
        <translation>an Position %1 wird =, !=, =~ oder !~ erwartet</translation>
    </message>
    <message>
        <source>invalid regex at position %1: %2</source>
        <translation>ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at position %1</source>
        <translation>an Position %1 wird &apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos; at position %1</source>
        <translation>unerwarteter Text nach &apos;}&apos; an Position %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL mode (%2)</source>
        <translation>%1: kann nicht in den WAL-Modus wechseln (%2)</translation>
    </message>
    <message>
        <source>%1: no profile to store</source>
        <translation>%1: kein Profil zum Speichern</translation>
    </message>
    <message>
        <source>%1: %2 profile types for %3 sample types</source>
        <translation>%1: %2 Profiltypen für %3 Sample-Typen</translation>
    </message>
    <message>
        <source>%1: label name &quot;%2&quot; is not valid (letters, digits and _, not starting with a digit)</source>
        <translation>%1: Label-Name „%2“ ist ungültig (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>%1: the profile ends before it starts</source>
        <translation>%1: das Profil endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>%1: the profile has no sample type to store</source>
        <translation>%1: das Profil hat keinen Sample-Typ zum Speichern</translation>
    </message>
    <message>
        <source>%1: zstd could not compress the profile</source>
        <translation>%1: zstd konnte das Profil nicht komprimieren</translation>
    </message>
    <message>
        <source>not a profile type: %1</source>
        <translation>kein Profiltyp: %1</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>       %1 library add FILE... --service NAME [--label k=v]... [--at TIME] [--library FILE]
       %1 library ls [--json] [--library FILE]
       %1 library rm ID... [--library FILE]
</source>
        <translation>       %1 library add FILE... --service NAME [--label k=v]... [--at TIME] [--library FILE]
       %1 library ls [--json] [--library FILE]
       %1 library rm ID... [--library FILE]
</translation>
    </message>
    <message>
        <source>add, ls or rm?</source>
        <translation>add, ls oder rm?</translation>
    </message>
    <message>
        <source>The profile library: one SQLite file (default: %1).
</source>
        <translation>Die Profilbibliothek: eine SQLite-Datei (Standard: %1).
</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are add, ls and rm</source>
        <translation>unbekannte Aktion „%1“; die Aktionen sind add, ls und rm</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>Die Bibliotheksdatei (Standard: die im Datenordner).</translation>
    </message>
    <message>
        <source>The service_name label of the profiles.</source>
        <translation>Das service_name-Label der Profile.</translation>
    </message>
    <message>
        <source>A label of the profiles (repeatable).</source>
        <translation>Ein Label der Profile (wiederholbar).</translation>
    </message>
    <message>
        <source>When the profiles were taken: RFC 3339 or unix seconds (default: the profile&apos;s own time, else the file&apos;s modification time).</source>
        <translation>Wann die Profile aufgenommen wurden: RFC 3339 oder Unix-Sekunden (Standard: die eigene Zeit des Profils, sonst die Änderungszeit der Datei).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Profiles to add.</source>
        <translation>Hinzuzufügende Profile.</translation>
    </message>
    <message>
        <source>Profiles to remove.</source>
        <translation>Zu entfernende Profile.</translation>
    </message>
    <message>
        <source>takes no arguments, got &quot;%1&quot;</source>
        <translation>nimmt keine Argumente, erhalten: „%1“</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <source>no id given</source>
        <translation>keine ID angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id (see library ls)</source>
        <translation>„%1“ ist keine Profil-ID (siehe library ls)</translation>
    </message>
    <message>
        <source>no service given (--service NAME)</source>
        <translation>kein Dienst angegeben (--service NAME)</translation>
    </message>
    <message>
        <source>--label wants name=value with a Prometheus label name (not starting with __), got &quot;%1&quot;</source>
        <translation>--label erwartet name=value mit einem Prometheus-Label-Namen (nicht mit __ beginnend), erhalten: „%1“</translation>
    </message>
    <message>
        <source>--at wants RFC 3339 (2024-05-01T12:00:00Z) or unix seconds, got &quot;%1&quot;</source>
        <translation>--at erwartet RFC 3339 (2024-05-01T12:00:00Z) oder Unix-Sekunden, erhalten: „%1“</translation>
    </message>
    <message>
        <source>added %1: %2 (%3)</source>
        <translation>%1 hinzugefügt: %2 (%3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPEN</translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation>LABELS</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>removed %1 of %2</source>
        <translation>%1 von %2 entfernt</translation>
    </message>
    <message>
        <source>%1: %2 of the ids are not in the library</source>
        <translation>%1: %2 der IDs sind nicht in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>LibrarySchema</name>
    <message>
        <source>%1: not a Pyrograph library (%2)</source>
        <translation>%1: keine Pyrograph-Bibliothek (%2)</translation>
    </message>
    <message>
        <source>it holds %1 tables of another program</source>
        <translation>sie enthält %1 Tabellen eines anderen Programms</translation>
    </message>
    <message>
        <source>%1: made by a newer Pyrograph (schema version %2, this one reads up to %3)</source>
        <translation>%1: von einem neueren Pyrograph erstellt (Schemaversion %2, dieses liest bis %3)</translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>Refuse a profile of more call tree nodes (default %1).</source>
        <translation>Ein Profil mit mehr Aufrufbaum-Knoten ablehnen (Standard %1).</translation>
    </message>
    <message>
        <source>Refuse a stack of more frames (default %1).</source>
        <translation>Einen Stack mit mehr Frames ablehnen (Standard %1).</translation>
    </message>
    <message>
        <source>Refuse a frame name longer than this, in bytes (default %1).</source>
        <translation>Einen Frame-Namen ablehnen, der länger ist, in Bytes (Standard %1).</translation>
    </message>
    <message>
        <source>Refuse a profile of more sample types (default %1).</source>
        <translation>Ein Profil mit mehr Sample-Typen ablehnen (Standard %1).</translation>
    </message>
    <message>
        <source>Refuse gzip or zstd input that inflates past this many bytes (default %1).</source>
        <translation>gzip- oder zstd-Eingaben ablehnen, die sich auf mehr Bytes entpacken (Standard %1).</translation>
    </message>
    <message>
        <source>--%1 wants a whole number above 0, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl über 0, erhalten: „%2“</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pyrograph</source>
        <translation>Pyrograph</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample Profile</source>
        <translation>&amp;Beispielprofil öffnen</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Aufzeichnen …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>Receive &amp;Pushes</source>
        <translation>&amp;Pushes empfangen</translation>
    </message>
    <message>
        <source>Run a Pyroscope server in Pyrograph: SDKs push to it and every profile is kept in the library</source>
        <translation>Einen Pyroscope-Server in Pyrograph betreiben: SDKs pushen an ihn, und jedes Profil wird in der Bibliothek aufbewahrt</translation>
    </message>
    <message>
        <source>Scrape a &amp;Target…</source>
        <translation>&amp;Ziel abfragen …</translation>
    </message>
    <message>
        <source>Have the server in Pyrograph fetch profiles from a Go program&apos;s net/http/pprof on a schedule</source>
        <translation>Den Server in Pyrograph regelmäßig Profile vom net/http/pprof eines Go-Programms holen lassen</translation>
    </message>
    <message>
        <source>Library &amp;Timeline</source>
        <translation>&amp;Zeitachse der Bibliothek</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden …</translation>
    </message>
    <message>
        <source>The timeline of a Grafana Pyroscope server, Grafana Cloud Profiles or pyrograph serve</source>
        <translation>Die Zeitachse eines Grafana-Pyroscope-Servers, von Grafana Cloud Profiles oder von pyrograph serve</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Tastatur und Maus</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sample type: </source>
        <translation>Sample-Typ: </translation>
    </message>
    <message>
        <source>Search in the current tab</source>
        <translation>Im aktuellen Tab suchen</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot receive pushes: %1</source>
        <translation>Pushes können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · 1 profile stored</source>
        <translation>Empfange Pushes auf %1 · 1 Profil gespeichert</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · %2 profiles stored</source>
        <translation>Empfange Pushes auf %1 · %2 Profile gespeichert</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>%1 — Pyrograph</source>
        <translation>%1 — Pyrograph</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source> (%n import(s) running)</source>
        <translation>
            <numerusform> (%n Import läuft)</numerusform>
            <numerusform> (%n Importe laufen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renderer: %1</source>
        <translation>Darstellung: %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Open Profiles</source>
        <translation>Profile öffnen</translation>
    </message>
    <message>
        <source>&amp;Default View for New Tabs</source>
        <translation>&amp;Standardansicht für neue Tabs</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;Flame Graph</source>
        <translation>&amp;Flammendiagramm</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Beides</translation>
    </message>
    <message>
        <source>&amp;Sandwich</source>
        <translation>&amp;Sandwich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>The language changes when Pyrograph starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Pyrograph.</translation>
    </message>
    <message>
        <source>Open profiles</source>
        <translation>Offene Profile</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>Sample-Typ</translation>
    </message>
    <message>
        <source>&amp;About Pyrograph</source>
        <translation>&amp;Über Pyrograph</translation>
    </message>
</context>
<context>
    <name>MatchLabel</name>
    <message>
        <source>Invalid regex</source>
        <translation>Ungültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>%1 in %2 functions, %3 frames</source>
        <translation>%1 in %2 Funktionen, %3 Frames</translation>
    </message>
</context>
<context>
    <name>PapyrusImporter</name>
    <message>
        <source>%1: %2: no profiler events</source>
        <translation>%1: %2: keine Profiler-Ereignisse</translation>
    </message>
    <message>
        <source>%1: %2: line %3 does not start with a time in milliseconds</source>
        <translation>%1: %2: Zeile %3 beginnt nicht mit einer Zeit in Millisekunden</translation>
    </message>
    <message>
        <source>%1: %2: line %3 goes back in time (%4 after %5)</source>
        <translation>%1: %2: Zeile %3 geht in der Zeit zurück (%4 nach %5)</translation>
    </message>
    <message>
        <source>%1: %2: no PUSH, POP or QUEUE_PUSH events</source>
        <translation>%1: %2: keine PUSH-, POP- oder QUEUE_PUSH-Ereignisse</translation>
    </message>
</context>
<context>
    <name>PerfProfileMerger</name>
    <message>
        <source>skipped %1 unrecognized line (first: line %2)</source>
        <translation>%1 unerkannte Zeile übersprungen (die erste: Zeile %2)</translation>
    </message>
    <message>
        <source>skipped %1 unrecognized lines (first: line %2)</source>
        <translation>%1 unerkannte Zeilen übersprungen (die erste: Zeile %2)</translation>
    </message>
    <message>
        <source>events: each is a sample type; %1 is the default</source>
        <translation>Ereignisse: jedes ist ein Sample-Typ; %1 ist der Standard</translation>
    </message>
</context>
<context>
    <name>PerfScriptImporter</name>
    <message>
        <source>%1: %2: no samples found (expected `comm pid time: period event:` lines followed by stack frames)</source>
        <translation>%1: %2: keine Samples gefunden (erwartet werden Zeilen `comm pid time: period event:` gefolgt von Stack-Frames)</translation>
    </message>
</context>
<context>
    <name>PmcstatImporter</name>
    <message>
        <source>%1: %2: no &quot;@ EVENT [N samples]&quot; header</source>
        <translation>%1: %2: keine Kopfzeile „@ EVENT [N samples]“</translation>
    </message>
    <message>
        <source>%1: %2: no call graph lines under the event header</source>
        <translation>%1: %2: keine Aufrufgraph-Zeilen unter der Ereignis-Kopfzeile</translation>
    </message>
    <message>
        <source>skipped %1 line that is not a %2 call graph line (first at line %3)</source>
        <translation>%1 Zeile übersprungen, die keine %2-Aufrufgraph-Zeile ist (die erste in Zeile %3)</translation>
    </message>
    <message>
        <source>skipped %1 lines that are not a %2 call graph line (first at line %3)</source>
        <translation>%1 Zeilen übersprungen, die keine %2-Aufrufgraph-Zeilen sind (die erste in Zeile %3)</translation>
    </message>
</context>
<context>
    <name>PprofError</name>
    <message>
        <source>the string table is empty (string_table[0] must be &quot;&quot;)</source>
        <translation>die String-Tabelle ist leer (string_table[0] muss &quot;&quot; sein)</translation>
    </message>
    <message>
        <source>string_table[0] is not empty</source>
        <translation>string_table[0] ist nicht leer</translation>
    </message>
    <message>
        <source>the profile has no sample types</source>
        <translation>das Profil hat keine Sample-Typen</translation>
    </message>
    <message>
        <source>duplicate function id %1</source>
        <translation>doppelte Funktions-ID %1</translation>
    </message>
    <message>
        <source>location id 0 (ids must be nonzero)</source>
        <translation>Orts-ID 0 (IDs dürfen nicht 0 sein)</translation>
    </message>
    <message>
        <source>duplicate location id %1</source>
        <translation>doppelte Orts-ID %1</translation>
    </message>
    <message>
        <source>function id 0 (ids must be nonzero)</source>
        <translation>Funktions-ID 0 (IDs dürfen nicht 0 sein)</translation>
    </message>
    <message>
        <source>location %1 refers to function id %2, which does not exist</source>
        <translation>Ort %1 verweist auf die Funktions-ID %2, die es nicht gibt</translation>
    </message>
    <message>
        <source>default_sample_type &quot;%1&quot; is not a sample type; using the last one</source>
        <translation>default_sample_type „%1“ ist kein Sample-Typ; der letzte wird verwendet</translation>
    </message>
    <message>
        <source>string index %1 out of range (the table has %2 strings)</source>
        <translation>String-Index %1 außerhalb des Bereichs (die Tabelle hat %2 Strings)</translation>
    </message>
    <message>
        <source>sample has %1 values for %2 sample types</source>
        <translation>Sample hat %1 Werte für %2 Sample-Typen</translation>
    </message>
    <message>
        <source>sample refers to location id %1, which does not exist</source>
        <translation>Sample verweist auf die Orts-ID %1, die es nicht gibt</translation>
    </message>
    <message>
        <source>larger than 2 GiB, which libprotobuf cannot parse</source>
        <translation>größer als 2 GiB, was libprotobuf nicht verarbeiten kann</translation>
    </message>
    <message>
        <source>not a valid Profile message (libprotobuf could not parse it)</source>
        <translation>keine gültige Profile-Nachricht (libprotobuf konnte sie nicht lesen)</translation>
    </message>
    <message>
        <source>truncated varint</source>
        <translation>abgeschnittener Varint</translation>
    </message>
    <message>
        <source>malformed varint (more than 10 bytes)</source>
        <translation>fehlerhafter Varint (mehr als 10 Bytes)</translation>
    </message>
    <message>
        <source>invalid field number %1</source>
        <translation>ungültige Feldnummer %1</translation>
    </message>
    <message>
        <source>field length %1 runs past the end of its message (%2 bytes left)</source>
        <translation>Feldlänge %1 reicht über das Ende ihrer Nachricht hinaus (%2 Bytes übrig)</translation>
    </message>
    <message>
        <source>truncated fixed-size field</source>
        <translation>abgeschnittenes Feld fester Größe</translation>
    </message>
    <message>
        <source>unsupported wire type %1</source>
        <translation>nicht unterstützter Wire-Typ %1</translation>
    </message>
</context>
<context>
    <name>PprofImporter</name>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 bei Byte %4</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: Speicher erschöpft</translation>
    </message>
</context>
<context>
    <name>PprofWriter</name>
    <message>
        <source>%1: could not compress the profile</source>
        <translation>%1: das Profil konnte nicht komprimiert werden</translation>
    </message>
</context>
<context>
    <name>ProfileBlob</name>
    <message>
        <source>stored profile: not a zstd frame of known size</source>
        <translation>gespeichertes Profil: kein zstd-Frame bekannter Größe</translation>
    </message>
    <message>
        <source>stored profile: zstd: %1</source>
        <translation>gespeichertes Profil: zstd: %1</translation>
    </message>
    <message>
        <source>stored profile: corrupt %1</source>
        <translation>gespeichertes Profil: beschädigt: %1</translation>
    </message>
    <message>
        <source>header (unknown version)</source>
        <translation>Kopf (unbekannte Version)</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>tree (depth)</source>
        <translation>Baum (Tiefe)</translation>
    </message>
    <message>
        <source>tree (name)</source>
        <translation>Baum (Name)</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>the number of sample types</source>
        <translation>die Anzahl der Sample-Typen</translation>
    </message>
    <message>
        <source>a frame name of %1 bytes</source>
        <translation>ein Frame-Name von %1 Bytes</translation>
    </message>
    <message>
        <source>the values of a sample type add up past %1, more than a 64-bit total can hold safely: the file&apos;s counts are not real</source>
        <translation>die Werte eines Sample-Typs summieren sich über %1, mehr als eine 64-Bit-Summe sicher fassen kann: die Zahlen der Datei sind nicht echt</translation>
    </message>
    <message>
        <source>a stack of %1 frames</source>
        <translation>ein Stack mit %1 Frames</translation>
    </message>
    <message>
        <source>the call tree&apos;s node count</source>
        <translation>die Knotenzahl des Aufrufbaums</translation>
    </message>
</context>
<context>
    <name>ProfileExporter</name>
    <message>
        <source>collapsed stacks, root first (flamegraph.pl)</source>
        <translation>eingeklappte Stacks, Wurzel zuerst (flamegraph.pl)</translation>
    </message>
    <message>
        <source>Pyroscope flamebearer JSON</source>
        <translation>Pyroscope-Flamebearer-JSON</translation>
    </message>
    <message>
        <source>gzipped pprof, every sample type</source>
        <translation>gzip-komprimiertes pprof, alle Sample-Typen</translation>
    </message>
    <message>
        <source>speedscope&apos;s file format, every sample type</source>
        <translation>Dateiformat von speedscope, alle Sample-Typen</translation>
    </message>
    <message>
        <source>interactive SVG flamegraph (zoom, search; flamegraph.pl&apos;s --width, --minwidth)</source>
        <translation>interaktives SVG-Flammendiagramm (Zoom, Suche; --width, --minwidth von flamegraph.pl)</translation>
    </message>
    <message>
        <source>self-contained interactive HTML page (flamegraph, search, function table)</source>
        <translation>eigenständige interaktive HTML-Seite (Flammendiagramm, Suche, Funktionstabelle)</translation>
    </message>
    <message>
        <source>PNG picture of the flamegraph (--width, --height, --scale)</source>
        <translation>PNG-Bild des Flammendiagramms (--width, --height, --scale)</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>unbekanntes Exportformat</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>%1: the input is empty</source>
        <translation>%1: die Eingabe ist leer</translation>
    </message>
    <message>
        <source>%1: unrecognised format (tried %2)</source>
        <translation>%1: nicht erkanntes Format (versucht: %2)</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Show one thread&apos;s samples alone</source>
        <translation>Die Samples eines einzelnen Threads zeigen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>%1: the import failed</source>
        <translation>%1: Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Alle Threads</translation>
    </message>
    <message>
        <source>Filtering thread %1…</source>
        <translation>Filtere Thread %1 …</translation>
    </message>
    <message>
        <source>%1: %2 total, %3 functions</source>
        <translation>%1: %2 gesamt, %3 Funktionen</translation>
    </message>
    <message>
        <source> in thread %1</source>
        <translation> in Thread %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole profile again</source>
        <translation>Wieder das ganze Profil zeigen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>The function table alone</source>
        <translation>Nur die Funktionstabelle</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Flammendiagramm</translation>
    </message>
    <message>
        <source>The flamegraph alone</source>
        <translation>Nur der Flammendiagramm</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>The table and the flamegraph side by side</source>
        <translation>Tabelle und Flammendiagramm nebeneinander</translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation>Sandwich</translation>
    </message>
    <message>
        <source>The callers and callees of the selected function</source>
        <translation>Aufrufer und Aufgerufene der ausgewählten Funktion</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Icicle</source>
        <translation>Eiszapfen</translation>
    </message>
    <message>
        <source>Root at the top (icicle) instead of the bottom (flame)</source>
        <translation>Wurzel oben (Eiszapfen) statt unten (Flamme)</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>By package</source>
        <translation>Nach Paket</translation>
    </message>
    <message>
        <source>By self (heat)</source>
        <translation>Nach Selbstwert (Heat)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in the flamegraph)</source>
        <translation>Den ganzen Baum zeigen (Esc im Flammendiagramm)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Match %1 of %2: %3</source>
        <translation>Treffer %1 von %2: %3</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>%1 — total %2 (%3), self %4 (%5)</source>
        <translation>%1 — gesamt %2 (%3), Selbst %4 (%5)</translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation>Auf %1 fokussieren</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 einklappen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Showing the whole profile</source>
        <translation>Das ganze Profil wird gezeigt</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Flammendiagramm</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>Funktionstabelle</translation>
    </message>
    <message>
        <source>Self and total of every function; Enter shows it in the flame graph</source>
        <translation>Selbstwert und Gesamtwert jeder Funktion; Enter zeigt sie im Flammendiagramm</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Every export format (%1)</source>
        <translation>Alle Exportformate (%1)</translation>
    </message>
    <message>
        <source>Profiles (%1);;All files (*)</source>
        <translation>Profile (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>This sample type has no samples</source>
        <translation>Dieser Sample-Typ hat keine Samples</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Program, e.g. ./server or node</source>
        <translation>Programm, z. B. ./server oder node</translation>
    </message>
    <message>
        <source>Its arguments; &quot;double quotes&quot; keep words together</source>
        <translation>Seine Argumente; „doppelte Anführungszeichen“ halten Wörter zusammen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Working Folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Automatic (perf for a native program, else SDK pushes)</source>
        <translation>Automatisch (perf für ein natives Programm, sonst SDK-Pushes)</translation>
    </message>
    <message>
        <source>perf record</source>
        <translation>perf record</translation>
    </message>
    <message>
        <source>Pyroscope SDK pushes</source>
        <translation>Pyroscope-SDK-Pushes</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Arbeitsordner:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>The command&apos;s output</source>
        <translation>Die Ausgabe des Befehls</translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation>Aufzeichnung &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Recording %1…</source>
        <translation>Zeichne %1 auf …</translation>
    </message>
    <message>
        <source>Elapsed: %1:%2.%3</source>
        <translation>Verstrichen: %1:%2.%3</translation>
    </message>
    <message>
        <source>Nothing was recorded (exit status %1); see the output below.</source>
        <translation>Nichts wurde aufgezeichnet (Exit-Status %1); siehe die Ausgabe unten.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n profile(s) (exit status %1).</source>
        <translation>
            <numerusform>%n Profil aufgezeichnet (Exit-Status %1).</numerusform>
            <numerusform>%n Profile aufgezeichnet (Exit-Status %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>a recording is running</source>
        <translation>eine Aufzeichnung läuft</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>nichts wurde aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>SafariTimelineImporter</name>
    <message>
        <source>expected recording.sampleStackTraces and recording.sampleDurations arrays</source>
        <translation>erwartet: Arrays recording.sampleStackTraces und recording.sampleDurations</translation>
    </message>
    <message>
        <source>the recording has no samples (record with the JavaScript &amp; Events timeline on)</source>
        <translation>die Aufzeichnung hat keine Samples (mit eingeschalteter Zeitleiste „JavaScript &amp; Events“ aufzeichnen)</translation>
    </message>
    <message>
        <source>%1 samples but %2 sampleDurations</source>
        <translation>%1 Samples, aber %2 sampleDurations</translation>
    </message>
    <message>
        <source>sample %1 has no stackFrames array or no timestamp</source>
        <translation>Sample %1 hat kein stackFrames-Array oder keinen Zeitstempel</translation>
    </message>
    <message>
        <source>sampleDurations[%1] is not a duration</source>
        <translation>sampleDurations[%1] ist keine Dauer</translation>
    </message>
</context>
<context>
    <name>SampleDurations</name>
    <message>
        <source>%1 samples came before the previous one of their thread; they count 0 time</source>
        <translation>%1 Samples kamen vor dem jeweils vorigen ihres Threads; sie zählen 0 Zeit</translation>
    </message>
</context>
<context>
    <name>SandwichView</name>
    <message>
        <source>Select a function in the table or the flame graph to see its callers and callees.</source>
        <translation>Eine Funktion in der Tabelle oder im Flammendiagramm auswählen, um ihre Aufrufer und Aufgerufenen zu sehen.</translation>
    </message>
    <message>
        <source>Callers of %1</source>
        <translation>Aufrufer von %1</translation>
    </message>
    <message>
        <source>Callees of %1</source>
        <translation>Aufgerufene von %1</translation>
    </message>
    <message>
        <source>Callers flame graph</source>
        <translation>Flammendiagramm der Aufrufer</translation>
    </message>
    <message>
        <source>Callees flame graph</source>
        <translation>Flammendiagramm der Aufgerufenen</translation>
    </message>
</context>
<context>
    <name>ScrapeCommand</name>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof (URL: http://host:port) and write it to OUT, in the format its extension names.</source>
        <translation>Ein Profil vom net/http/pprof eines Go-Programms abfragen (URL: http://host:port) und in OUT schreiben, im Format, das die Endung nennt.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The profile: %1 (default cpu).</source>
        <translation>Das Profil: %1 (Standard cpu).</translation>
    </message>
    <message>
        <source>cpu: how long to profile (default 10).</source>
        <translation>cpu: wie lange profiliert wird (Standard 10).</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>Die zu schreibende Datei; ihre Endung wählt das Format.</translation>
    </message>
    <message>
        <source>The target, http://host:port.</source>
        <translation>Das Ziel, http://host:port.</translation>
    </message>
    <message>
        <source>wants one URL, got %1</source>
        <translation>erwartet eine URL, erhalten: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://host:port URL</source>
        <translation>„%1“ ist keine http://host:port-URL</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of %2</source>
        <translation>--type: „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>--seconds wants a positive number, got &quot;%1&quot;</source>
        <translation>--seconds erwartet eine positive Zahl, erhalten: „%1“</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>keine Ausgabedatei angegeben (-o OUT)</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: unbekanntes Exportformat; unterstützte Endungen: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes (%3), wrote %4</source>
        <translation>%1: %2 Bytes (%3), %4 geschrieben</translation>
    </message>
</context>
<context>
    <name>ScrapeDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Scrape a Target</source>
        <translation>Ziel abfragen</translation>
    </message>
    <message>
        <source>the host&apos;s name</source>
        <translation>der Name des Hosts</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>A&amp;nwendung:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Scrapes</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>The server is not running: turn on File &gt; Receive Pushes.</source>
        <translation>Der Server läuft nicht: Datei &gt; Pushes empfangen einschalten.</translation>
    </message>
    <message>
        <source>Choose at least one profile.</source>
        <translation>Mindestens ein Profil wählen.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a diff, so it has no view &quot;%2&quot; (a diff file has: %3)</source>
        <translation>%1: kein Diff, daher keine Ansicht „%2“ (eine Diff-Datei hat: %3)</translation>
    </message>
    <message>
        <source>%1: no call path %2</source>
        <translation>%1: kein Aufrufpfad %2</translation>
    </message>
    <message>
        <source>the views were still busy after %1 s; the screenshot shows them unfinished</source>
        <translation>die Ansichten waren nach %1 s noch beschäftigt; der Screenshot zeigt sie unfertig</translation>
    </message>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1: Der Screenshot konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Case-insensitive; Enter zooms to the next match, Shift+Enter to the previous, Escape clears</source>
        <translation>Ohne Groß-/Kleinschreibung; Enter zoomt zum nächsten Treffer, Umschalt+Enter zum vorigen, Escape leert</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>%1 (at offset %2)</source>
        <translation>%1 (bei Position %2)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API (ingest, push, query) over a profile library until interrupted.</source>
        <translation>Die API von Grafana Pyroscope (Ingest, Push, Abfrage) über einer Profilbibliothek bereitstellen, bis zur Unterbrechung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1:4040; port 0: any free port).</source>
        <translation>Die Adresse, auf der gelauscht wird (Standard 127.0.0.1:4040; Port 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>Die Bibliotheksdatei (Standard: die im Datenordner).</translation>
    </message>
    <message>
        <source>The largest request body taken, in bytes (default 16 MiB).</source>
        <translation>Der größte angenommene Anfragekörper, in Bytes (Standard 16 MiB).</translation>
    </message>
    <message>
        <source>How long profiles are kept: 7d, 12h, 30m (default 7d).</source>
        <translation>Wie lange Profile aufbewahrt werden: 7d, 12h, 30m (Standard 7d).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; on every request.</source>
        <translation>„Authorization: Bearer TOKEN“ bei jeder Anfrage verlangen.</translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen without --token.</source>
        <translation>Ein --listen außerhalb von Loopback ohne --token erlauben.</translation>
    </message>
    <message>
        <source>Scrape the targets of FILE&apos;s scrape-configs (Pyroscope&apos;s pull mode; state at GET /targets).</source>
        <translation>Die Ziele der scrape-configs von FILE abfragen (Pull-Modus von Pyroscope; Zustand unter GET /targets).</translation>
    </message>
    <message>
        <source>Connections served at once; more are answered 503 (default %1).</source>
        <translation>Gleichzeitig bediente Verbindungen; weitere werden mit 503 beantwortet (Standard %1).</translation>
    </message>
    <message>
        <source>This subcommand.</source>
        <translation>Dieser Unterbefehl.</translation>
    </message>
    <message>
        <source>takes no files, got &quot;%1&quot;</source>
        <translation>nimmt keine Dateien, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--max-body wants a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-body erwartet eine Anzahl Bytes, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--max-connections wants a number above 0, got &quot;%1&quot;</source>
        <translation>--max-connections erwartet eine Zahl über 0, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--retention wants a duration such as 7d, 12h or 30m, got &quot;%1&quot;</source>
        <translation>--retention erwartet eine Dauer wie 7d, 12h oder 30m, erhalten: „%1“</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>scraping %1 target of %2 (state: GET /targets)</source>
        <translation>frage %1 Ziel von %2 ab (Zustand: GET /targets)</translation>
    </message>
    <message>
        <source>scraping %1 targets of %2 (state: GET /targets)</source>
        <translation>frage %1 Ziele von %2 ab (Zustand: GET /targets)</translation>
    </message>
    <message>
        <source>interrupted, stopping after %1 profiles received</source>
        <translation>unterbrochen, beende nach %1 empfangenen Profilen</translation>
    </message>
    <message>
        <source>terminated, stopping after %1 profiles received</source>
        <translation>beendet, beende nach %1 empfangenen Profilen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Flammendiagramm</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Suchfeld</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>Funktionstabelle</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the controls, the views and the tabs</source>
        <translation>Zwischen den Bedienelementen, den Ansichten und den Tabs wechseln</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Select a frame and zoom to it; click the zoomed frame to zoom out</source>
        <translation>Einen Frame auswählen und auf ihn zoomen; Klick auf den gezoomten Frame zoomt heraus</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>The same as one click</source>
        <translation>Wie ein einfacher Klick</translation>
    </message>
    <message>
        <source>Click a grey group</source>
        <translation>Klick auf eine graue Gruppe</translation>
    </message>
    <message>
        <source>Zoom into the functions too narrow to draw</source>
        <translation>In die Funktionen zoomen, die zu schmal zum Zeichnen sind</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Pan sideways and up and down</source>
        <translation>Seitwärts sowie auf und ab verschieben</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Scroll up and down</source>
        <translation>Auf und ab scrollen</translation>
    </message>
    <message>
        <source>Horizontal wheel</source>
        <translation>Horizontales Rad</translation>
    </message>
    <message>
        <source>Pan sideways</source>
        <translation>Seitwärts verschieben</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Strg+Rad</translation>
    </message>
    <message>
        <source>Zoom in and out around the pointer</source>
        <translation>Um den Mauszeiger hinein- und herauszoomen</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <source>Focus, collapse, copy the name, show in the sandwich</source>
        <translation>Fokussieren, einklappen, Namen kopieren, im Sandwich zeigen</translation>
    </message>
    <message>
        <source>Hover</source>
        <translation>Überfahren</translation>
    </message>
    <message>
        <source>Total and self of a frame in the tooltip and the status bar</source>
        <translation>Gesamt- und Selbstwert eines Frames im Tooltip und in der Statusleiste</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Select the parent, a child or a neighbour</source>
        <translation>Den Aufrufer, einen Aufgerufenen oder einen Nachbarn auswählen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Zoom to the selected frame</source>
        <translation>Auf den ausgewählten Frame zoomen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show the whole tree (Reset Zoom)</source>
        <translation>Den ganzen Baum zeigen (Zoom zurücksetzen)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Umschalt+Enter</translation>
    </message>
    <message>
        <source>Zoom to the next, the previous match</source>
        <translation>Zum nächsten, zum vorigen Treffer zoomen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Die Suche leeren</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Klick auf einen Spaltenkopf</translation>
    </message>
    <message>
        <source>Sort by it</source>
        <translation>Danach sortieren</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, Doppelklick</translation>
    </message>
    <message>
        <source>Select the function (from the Table view: show its sandwich)</source>
        <translation>Die Funktion auswählen (aus der Tabellenansicht: ihr Sandwich zeigen)</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>Tasten oder Maus</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Bewirkt</translation>
    </message>
</context>
<context>
    <name>SpeedscopeImporter</name>
    <message>
        <source>%1 samples but %2 weights</source>
        <translation>%1 Samples, aber %2 Gewichte</translation>
    </message>
    <message>
        <source>sample %1 is not an array of frame indices</source>
        <translation>Sample %1 ist kein Array von Frame-Indizes</translation>
    </message>
    <message>
        <source>sample %1 refers to frame %2, but there are %3 frames</source>
        <translation>Sample %1 verweist auf Frame %2, es gibt aber nur %3 Frames</translation>
    </message>
    <message>
        <source>weight %1 is not a number</source>
        <translation>Gewicht %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>event %1 has no time (&quot;at&quot;)</source>
        <translation>Ereignis %1 hat keine Zeit („at“)</translation>
    </message>
    <message>
        <source>event %1 refers to frame %2, but there are %3 frames</source>
        <translation>Ereignis %1 verweist auf Frame %2, es gibt aber nur %3 Frames</translation>
    </message>
    <message>
        <source>event %1 goes back in time (at %2 after %3)</source>
        <translation>Ereignis %1 geht in der Zeit zurück (bei %2 nach %3)</translation>
    </message>
    <message>
        <source>event %1 closes frame %2, but %3 is open</source>
        <translation>Ereignis %1 schließt Frame %2, offen ist aber %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>event %1 has type &quot;%2&quot; (expected &quot;O&quot; or &quot;C&quot;)</source>
        <translation>Ereignis %1 hat den Typ „%2“ (erwartet „O“ oder „C“)</translation>
    </message>
    <message>
        <source>frame %1 opened at %2 is never closed</source>
        <translation>Frame %1, geöffnet bei %2, wird nie geschlossen</translation>
    </message>
    <message>
        <source>no profiles (&quot;profiles&quot; is missing or empty)</source>
        <translation>keine Profile („profiles“ fehlt oder ist leer)</translation>
    </message>
    <message>
        <source>frame %1 has no name</source>
        <translation>Frame %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; (expected &quot;sampled&quot; or &quot;evented&quot;)</source>
        <translation>Typ „%1“ (erwartet „sampled“ oder „evented“)</translation>
    </message>
    <message>
        <source>profile %1 (%2): %3</source>
        <translation>Profil %1 (%2): %3</translation>
    </message>
    <message>
        <source>rounded %1 fractional weights to whole numbers</source>
        <translation>%1 gebrochene Gewichte auf ganze Zahlen gerundet</translation>
    </message>
</context>
<context>
    <name>StackprofImporter</name>
    <message>
        <source>no &quot;mode&quot;</source>
        <translation>kein „mode“</translation>
    </message>
    <message>
        <source>no &quot;raw&quot; stacks (record with raw: true)</source>
        <translation>keine „raw“-Stacks (mit raw: true aufzeichnen)</translation>
    </message>
    <message>
        <source>raw[%1]: a stack of %2 frames does not fit in raw</source>
        <translation>raw[%1]: ein Stack mit %2 Frames passt nicht in raw</translation>
    </message>
    <message>
        <source>raw[%1]: frame %2 is not in &quot;frames&quot;</source>
        <translation>raw[%1]: Frame %2 ist nicht in „frames“</translation>
    </message>
    <message>
        <source>raw[%1]: the sample count is not a number</source>
        <translation>raw[%1]: die Sample-Anzahl ist keine Zahl</translation>
    </message>
    <message>
        <source>raw[%1]: %2 samples but only %3 raw_timestamp_deltas left</source>
        <translation>raw[%1]: %2 Samples, aber nur noch %3 raw_timestamp_deltas</translation>
    </message>
</context>
<context>
    <name>SubsecondHeatmap</name>
    <message numerus="yes">
        <source>%1 s + %2 ms: %n samples</source>
        <translation>
            <numerusform>%1 s + %2 ms: %n Sample</numerusform>
            <numerusform>%1 s + %2 ms: %n Samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>total</source>
        <extracomment>The series of a query without a label breakdown, named as the flamegraph&apos;s root.</extracomment>
        <translation>gesamt</translation>
    </message>
</context>
<context>
    <name>TimelineCommand</name>
    <message>
        <source>--step too small for the range: over 1,000,000 points</source>
        <translation>--step zu klein für den Bereich: über 1.000.000 Punkte</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>Reihe %1</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>TimelineQuery</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: not a time: &quot;%2&quot; (now-1h, unix seconds or milliseconds, RFC 3339)</source>
        <translation>%1: keine Zeit: „%2“ (now-1h, Unix-Sekunden oder -Millisekunden, RFC 3339)</translation>
    </message>
    <message>
        <source>--from is after --until</source>
        <translation>--from liegt nach --until</translation>
    </message>
    <message>
        <source>%1: no profile type given (--query &apos;TYPE{...}&apos;); the profile types are: %2</source>
        <translation>%1: kein Profiltyp angegeben (--query &apos;TYPE{...}&apos;); die Profiltypen sind: %2</translation>
    </message>
    <message>
        <source>%1: no single profile type &quot;%2&quot;; the profile types are: %3</source>
        <translation>%1: kein eindeutiger Profiltyp „%2“; die Profiltypen sind: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL</source>
        <translation>„%1“: erwartet FROM..UNTIL</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL, two times (now-1h, unix seconds or milliseconds, RFC 3339), the first not after the second</source>
        <translation>„%1“: erwartet FROM..UNTIL, zwei Zeiten (now-1h, Unix-Sekunden oder -Millisekunden, RFC 3339), die erste nicht nach der zweiten</translation>
    </message>
</context>
<context>
    <name>TimelineSources</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message>
        <source>%1: a library is a source of its own, not one of several files</source>
        <translation>%1: eine Bibliothek ist eine eigene Quelle, nicht eine von mehreren Dateien</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Timeline – %1</source>
        <translation>Zeitachse – %1</translation>
    </message>
    <message>
        <source>The service (service_name)</source>
        <translation>Der Dienst (service_name)</translation>
    </message>
    <message>
        <source>The profile type</source>
        <translation>Der Profiltyp</translation>
    </message>
    <message>
        <source>label selector: {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</source>
        <translation>Label-Selektor: {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Follow now</source>
        <translation>Jetzt folgen</translation>
    </message>
    <message>
        <source>Query again every %1 seconds</source>
        <translation>Alle %1 Sekunden erneut abfragen</translation>
    </message>
    <message>
        <source>Compare two ranges</source>
        <translation>Zwei Bereiche vergleichen</translation>
    </message>
    <message>
        <source>Label breakdown: one series per value of this label</source>
        <translation>Aufschlüsselung: eine Reihe pro Wert dieses Labels</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Keine Aufschlüsselung</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Aufschlüsselung:</translation>
    </message>
    <message>
        <source>The whole query: drag to choose what the chart above shows</source>
        <translation>Die ganze Abfrage: ziehen, um zu wählen, was das Diagramm oben zeigt</translation>
    </message>
    <message>
        <source>Zoom to Ranges</source>
        <translation>Auf Bereiche zoomen</translation>
    </message>
    <message>
        <source>Show only the selected ranges on the chart (double click: the whole query)</source>
        <translation>Nur die ausgewählten Bereiche im Diagramm zeigen (Doppelklick: die ganze Abfrage)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running queries</source>
        <translation>Die laufenden Abfragen anhalten</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>In Bibliothek speichern</translation>
    </message>
    <message>
        <source>Store the merge of each selected range in the local library</source>
        <translation>Die Zusammenführung jedes ausgewählten Bereichs in der lokalen Bibliothek speichern</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Write the flame graph shown to a file (SVG, HTML, pprof, folded, …)</source>
        <translation>Den gezeigten Flammendiagramm in eine Datei schreiben (SVG, HTML, pprof, folded, …)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Click a value to filter by it; Ctrl+click two to compare them</source>
        <translation>Einen Wert anklicken, um danach zu filtern; Strg+Klick auf zwei, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Drag on the timeline to select a range; tick &quot;Compare two ranges&quot; and drag twice to compare.</source>
        <translation>Auf der Zeitachse ziehen, um einen Bereich zu wählen; „Zwei Bereiche vergleichen“ ankreuzen und zweimal ziehen, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Subsecond heatmap</source>
        <translation>Subsekunden-Heatmap</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Speichere in %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to %1</source>
        <translation>
            <numerusform>%n Profil in %1 gespeichert</numerusform>
            <numerusform>%n Profile in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade …</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Label selector: %1</source>
        <translation>Label-Selektor: %1</translation>
    </message>
    <message>
        <source>No profiles in this range</source>
        <translation>Keine Profile in diesem Bereich</translation>
    </message>
    <message>
        <source>Querying…</source>
        <translation>Frage ab …</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Führe zusammen …</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
</context>
<context>
    <name>TopCommand</name>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5 (showing %6)</source>
        <translation>Format: %1, Sample-Typ: %2/%3, Gesamt: %4, Funktionen: %5 (%6 angezeigt)</translation>
    </message>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5</source>
        <translation>Format: %1, Sample-Typ: %2/%3, Gesamt: %4, Funktionen: %5</translation>
    </message>
    <message>
        <source>self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>self%</source>
        <translation>Selbst%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>total%</source>
        <translation>Gesamt%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>Transforms</name>
    <message>
        <source>no profiles to merge</source>
        <translation>keine Profile zum Zusammenführen</translation>
    </message>
    <message>
        <source>profile %1 is missing</source>
        <translation>Profil %1 fehlt</translation>
    </message>
    <message>
        <source>cannot merge: %1 has sample types %2, but %3 has %4</source>
        <translation>Zusammenführen nicht möglich: %1 hat die Sample-Typen %2, %3 aber %4</translation>
    </message>
</context>
<context>
    <name>V8ProfLogImporter</name>
    <message>
        <source>this is a raw isolate log, which needs V8&apos;s tick processor to resolve its code addresses; preprocess it first with `node --prof-process --preprocess %1 &gt; profile.v8log.json` and open that</source>
        <translation>dies ist ein rohes Isolate-Log, dessen Code-Adressen erst der Tick-Prozessor von V8 auflöst; zuerst mit `node --prof-process --preprocess %1 &gt; profile.v8log.json` vorverarbeiten und das Ergebnis öffnen</translation>
    </message>
    <message>
        <source>expected &quot;code&quot; and &quot;ticks&quot; arrays (the output of node --prof-process --preprocess)</source>
        <translation>erwartet: Arrays „code“ und „ticks“ (die Ausgabe von node --prof-process --preprocess)</translation>
    </message>
    <message>
        <source>tick %1 has no &quot;tm&quot; time or no &quot;s&quot; stack</source>
        <translation>Tick %1 hat keine „tm“-Zeit oder keinen „s“-Stack</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is not a number</source>
        <translation>Tick %1: Stack-Eintrag %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is %3</source>
        <translation>Tick %1: Stack-Eintrag %2 ist %3</translation>
    </message>
    <message>
        <source>the log has no ticks</source>
        <translation>das Log hat keine Ticks</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Open Profile…</source>
        <translation>Profil öffnen …</translation>
    </message>
    <message>
        <source>Open the Bundled Sample</source>
        <translation>Das mitgelieferte Beispiel öffnen</translation>
    </message>
    <message>
        <source>Pyrograph</source>
        <translation>Pyrograph</translation>
    </message>
    <message>
        <source>Flamegraphs of pprof, perf script, collapsed stacks, Chrome, speedscope and Pyroscope profiles</source>
        <translation>Flammendiagramme von pprof-, perf-script-, Collapsed-Stack-, Chrome-, speedscope- und Pyroscope-Profilen</translation>
    </message>
    <message>
        <source>Drop profile files here</source>
        <translation>Profildateien hier ablegen</translation>
    </message>
    <message>
        <source>File &gt; Open (Ctrl+O)</source>
        <translation>Datei &gt; Öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>A Go CPU profile that comes with Pyrograph</source>
        <translation>Ein Go-CPU-Profil, das mit Pyrograph kommt</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard and Mouse lists every shortcut.</source>
        <translation>Hilfe &gt; Tastatur und Maus listet jedes Tastenkürzel auf.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
</context>
</TS>
