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
