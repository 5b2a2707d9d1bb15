<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</source>
        <translation>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</translation>
    </message>
    <message>
        <source>The window, painting, threads, containers</source>
        <translation>La ventana, el dibujo, los hilos, los contenedores</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>The timeline&apos;s charts</source>
        <translation>Los gráficos de la línea de tiempo</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Connection secrets in the system keychain</source>
        <translation>Los secretos de las conexiones en el llavero del sistema</translation>
    </message>
    <message>
        <source>Protocol Buffers</source>
        <translation>Protocol Buffers</translation>
    </message>
    <message>
        <source>pprof and Pyroscope&apos;s API messages</source>
        <translation>pprof y los mensajes de la API de Pyroscope</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>gzip-compressed profiles</source>
        <translation>Perfiles comprimidos con gzip</translation>
    </message>
    <message>
        <source>libdeflate</source>
        <translation>libdeflate</translation>
    </message>
    <message>
        <source>Fast gzip decompression</source>
        <translation>Descompresión rápida de gzip</translation>
    </message>
    <message>
        <source>Zstandard</source>
        <translation>Zstandard</translation>
    </message>
    <message>
        <source>Compressed profiles in the library</source>
        <translation>Perfiles comprimidos en la biblioteca</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <source>The profile library</source>
        <translation>La biblioteca de perfiles</translation>
    </message>
    <message>
        <source>cpp-httplib</source>
        <translation>cpp-httplib</translation>
    </message>
    <message>
        <source>The Pyroscope-compatible server and client</source>
        <translation>El servidor y el cliente compatibles con Pyroscope</translation>
    </message>
    <message>
        <source>yaml-cpp</source>
        <translation>yaml-cpp</translation>
    </message>
    <message>
        <source>Scrape configurations</source>
        <translation>Configuraciones de recolección (scrape)</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>TLS for server connections</source>
        <translation>TLS para las conexiones con servidores</translation>
    </message>
    <message>
        <source>About Pyrograph</source>
        <translation>Acerca de Pyrograph</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;A flame graph workbench for profiles from pprof, perf, Chrome, Node.js, speedscope, Java Flight Recorder and Pyroscope.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Pyrograph is licensed under the Apache License 2.0. It links the libraries below; Qt Charts is offered under the GPL-3.0 only, so this executable as a whole is distributed under the terms of the GPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;Un banco de trabajo de gráficos de llamas para perfiles de pprof, perf, Chrome, Node.js, speedscope, Java Flight Recorder y Pyroscope.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, se ejecuta con Qt %3.&lt;/p&gt;&lt;p&gt;Pyrograph tiene licencia Apache 2.0. Enlaza las bibliotecas de abajo; Qt Charts solo se ofrece bajo la GPL-3.0, por lo que este ejecutable en su conjunto se distribuye bajo los términos de la GPL-3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the format, sample types, totals, node and function counts.</source>
        <translation>Mostrar el formato, los tipos de muestra, los totales y el número de nodos y funciones.</translation>
    </message>
    <message>
        <source>Print the function table, sorted by self.</source>
        <translation>Mostrar la tabla de funciones, ordenada por valor propio (self).</translation>
    </message>
    <message>
        <source>Write the profile in the format that OUT&apos;s extension names.</source>
        <translation>Escribir el perfil en el formato que indica la extensión de OUT.</translation>
    </message>
    <message>
        <source>Compare BASE with NEW: write the diff (-o OUT.json) or print it (--json).</source>
        <translation>Comparar BASE con NEW: escribir el diff (-o OUT.json) o mostrarlo (--json).</translation>
    </message>
    <message>
        <source>Print a library&apos;s or a timed profile&apos;s totals over time (--json: the series).</source>
        <translation>Mostrar los totales de una biblioteca o de un perfil con marcas de tiempo a lo largo del tiempo (--json: las series).</translation>
    </message>
    <message>
        <source>Write a server&apos;s merge of a range in the format that OUT&apos;s extension names.</source>
        <translation>Escribir la fusión de un intervalo de un servidor en el formato que indica la extensión de OUT.</translation>
    </message>
    <message>
        <source>Add profiles to the profile library, list them, remove them.</source>
        <translation>Añadir perfiles a la biblioteca de perfiles, listarlos, eliminarlos.</translation>
    </message>
    <message>
        <source>Run a command, record its profiles (perf or SDK pushes), write and store them.</source>
        <translation>Ejecutar un comando, grabar sus perfiles (perf o envíos del SDK), escribirlos y guardarlos.</translation>
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
        <translation>Uso: %1 [FILE...] [--screenshot OUT.png ...]
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
        <translation>El token de portador de un servidor (por omisión: $PYROGRAPH_TOKEN).</translation>
    </message>
    <message>
        <source>A server&apos;s basic-auth user (default: $PYROSCOPE_BASIC_AUTH_USER).</source>
        <translation>El usuario de autenticación básica de un servidor (por omisión: $PYROSCOPE_BASIC_AUTH_USER).</translation>
    </message>
    <message>
        <source>That user&apos;s password (default: $PYROSCOPE_BASIC_AUTH_PASSWORD).</source>
        <translation>La contraseña de ese usuario (por omisión: $PYROSCOPE_BASIC_AUTH_PASSWORD).</translation>
    </message>
    <message>
        <source>A server&apos;s tenant, X-Scope-OrgID (default: $PYROSCOPE_TENANT_ID).</source>
        <translation>El inquilino de un servidor, X-Scope-OrgID (por omisión: $PYROSCOPE_TENANT_ID).</translation>
    </message>
    <message>
        <source>Seconds a server may take to connect and to answer (default 30).</source>
        <translation>Segundos que un servidor puede tardar en conectar y responder (30 por omisión).</translation>
    </message>
    <message>
        <source>https: the CA certificates (PEM) to trust instead of the system&apos;s.</source>
        <translation>https: los certificados de CA (PEM) en los que confiar en lugar de los del sistema.</translation>
    </message>
    <message>
        <source>https: trust the server&apos;s certificate with this SHA-256 fingerprint, though no CA signed it.</source>
        <translation>https: confiar en el certificado del servidor con esta huella SHA-256, aunque ninguna CA lo haya firmado.</translation>
    </message>
    <message>
        <source>--trust-fingerprint wants a SHA-256 fingerprint (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation>--trust-fingerprint espera una huella SHA-256 (64 dígitos hexadecimales, se admiten dos puntos), se recibió «%1»</translation>
    </message>
    <message>
        <source>--timeout wants seconds (more than 0, at most a day), got &quot;%1&quot;</source>
        <translation>--timeout espera segundos (más de 0, como mucho un día), se recibió «%1»</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>The sample type (default: the profile&apos;s).</source>
        <translation>El tipo de muestra (por omisión: el del perfil).</translation>
    </message>
    <message>
        <source>NEW&apos;s sample type, when it is named differently from BASE&apos;s (-t, or BASE&apos;s default); the units must match.</source>
        <translation>El tipo de muestra de NEW, si se llama distinto que el de BASE (-t, o el de BASE por omisión); las unidades deben coincidir.</translation>
    </message>
    <message>
        <source>Print only the first N functions.</source>
        <translation>Mostrar solo las primeras N funciones.</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>El archivo que escribir; su extensión elige el formato.</translation>
    </message>
    <message>
        <source>SVG/PNG: the image width in pixels (SVG default 1200).</source>
        <translation>SVG/PNG: el ancho de la imagen en píxeles (1200 por omisión en SVG).</translation>
    </message>
    <message>
        <source>PNG: the image height in pixels (default 800).</source>
        <translation>PNG: el alto de la imagen en píxeles (800 por omisión).</translation>
    </message>
    <message>
        <source>PNG: device pixels per pixel (default 1).</source>
        <translation>PNG: píxeles del dispositivo por píxel (1 por omisión).</translation>
    </message>
    <message>
        <source>SVG: leave out boxes narrower than PX pixels (default 0.1).</source>
        <translation>SVG: omitir las cajas más estrechas que PX píxeles (0.1 por omisión).</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: the root on top.</source>
        <translation>SVG/HTML/PNG: la raíz arriba.</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: colour by self (heat), as the window&apos;s &quot;By self&quot;.</source>
        <translation>SVG/HTML/PNG: colorear por valor propio (calor), como «Por valor propio» en la ventana.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s profile type and label selector: &apos;TYPE{selector}&apos;.</source>
        <translation>El tipo de perfil y el selector de etiquetas de SOURCE: &apos;TYPE{selector}&apos;.</translation>
    </message>
    <message>
        <source>The range&apos;s start: now-1h, unix seconds or ms, RFC 3339.</source>
        <translation>El inicio del intervalo: now-1h, segundos o ms Unix, RFC 3339.</translation>
    </message>
    <message>
        <source>The range&apos;s end (default: now, or a file&apos;s end).</source>
        <translation>El final del intervalo (por omisión: ahora, o el final de un archivo).</translation>
    </message>
    <message>
        <source>Seconds per point (default: about 100 points).</source>
        <translation>Segundos por punto (por omisión: unos 100 puntos).</translation>
    </message>
    <message>
        <source>One series per value of LABEL.</source>
        <translation>Una serie por cada valor de LABEL.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s baseline range.</source>
        <translation>El intervalo de referencia de SOURCE.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s range compared with it.</source>
        <translation>El intervalo de SOURCE que se compara con él.</translation>
    </message>
    <message>
        <source>The baseline profile (with --base and --new: the SOURCE).</source>
        <translation>El perfil de referencia (con --base y --new: la SOURCE).</translation>
    </message>
    <message>
        <source>The profile compared with it (none with --base and --new).</source>
        <translation>El perfil que se compara con él (ninguno con --base y --new).</translation>
    </message>
    <message>
        <source>A Pyroscope server: Grafana Pyroscope 1.x, Grafana Cloud Profiles or pyrograph serve.</source>
        <translation>Un servidor Pyroscope: Grafana Pyroscope 1.x, Grafana Cloud Profiles o pyrograph serve.</translation>
    </message>
    <message>
        <source>A profile library, a profile file with sample times, or several profile files (each at its own time).</source>
        <translation>Una biblioteca de perfiles, un archivo de perfil con los instantes de las muestras o varios archivos de perfil (cada uno en su propio instante).</translation>
    </message>
    <message>
        <source>The profile to read (&quot;-&quot; reads stdin).</source>
        <translation>El perfil que leer («-» lee la entrada estándar).</translation>
    </message>
    <message>
        <source>--base and --new go together</source>
        <translation>--base y --new van juntos</translation>
    </message>
    <message>
        <source>--query wants --base and --new</source>
        <translation>--query espera --base y --new</translation>
    </message>
    <message>
        <source>--step wants seconds (more than 0), got &quot;%1&quot;</source>
        <translation>--step espera segundos (más de 0), se recibió «%1»</translation>
    </message>
    <message>
        <source>--base and --new compare two ranges of one SOURCE, got %1 inputs</source>
        <translation>--base y --new comparan dos intervalos de una misma SOURCE, se recibieron %1 entradas</translation>
    </message>
    <message>
        <source>takes two input files, BASE and NEW, got %1</source>
        <translation>espera dos archivos de entrada, BASE y NEW, se recibieron %1</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>no se indicó ningún archivo de entrada</translation>
    </message>
    <message>
        <source>takes exactly one input file, got %1</source>
        <translation>espera exactamente un archivo de entrada, se recibieron %1</translation>
    </message>
    <message>
        <source>-n wants a count (0 or more), got &quot;%1&quot;</source>
        <translation>-n espera una cantidad (0 o más), se recibió «%1»</translation>
    </message>
    <message>
        <source>--width and --height want whole pixels (1 to 100000), --scale a factor (0.01 to 16), --minwidth pixels (0 or more)</source>
        <translation>--width y --height esperan píxeles enteros (de 1 a 100000), --scale un factor (de 0.01 a 16), --minwidth píxeles (0 o más)</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>no se indicó ningún archivo de salida (-o OUT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL (http:// or https://)</source>
        <translation>«%1» no es la URL de un servidor (http:// o https://)</translation>
    </message>
    <message>
        <source>no query given (--query &apos;TYPE{selector}&apos;)</source>
        <translation>no se indicó ninguna consulta (--query &apos;TYPE{selector}&apos;)</translation>
    </message>
    <message>
        <source>Pyrograph: a flamegraph workbench. Opens each FILE in a tab; see the subcommands below.</source>
        <translation>Pyrograph: un banco de trabajo de gráficos de llamas. Abre cada FILE en una pestaña; los subcomandos están abajo.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Open the files (none: the welcome page), save the window to OUT.png once imported, exit.</source>
        <translation>Abrir los archivos (ninguno: la página de bienvenida), guardar la ventana en OUT.png tras importarlos, salir.</translation>
    </message>
    <message>
        <source>The window size for --screenshot.</source>
        <translation>El tamaño de la ventana para --screenshot.</translation>
    </message>
    <message>
        <source>The view: flamegraph, table, both or sandwich; for a diff file also diff, side-by-side or diff-table.</source>
        <translation>La vista: flamegraph, table, both o sandwich; para un archivo diff también diff, side-by-side o diff-table.</translation>
    </message>
    <message>
        <source>Search for TEXT in every tab.</source>
        <translation>Buscar TEXT en cada pestaña.</translation>
    </message>
    <message>
        <source>Zoom to a call path, root first: &apos;main;serve;parse&apos;.</source>
        <translation>Hacer zoom a una ruta de llamadas, raíz primero: &apos;main;serve;parse&apos;.</translation>
    </message>
    <message>
        <source>The flamegraph renderer: gl, raster or auto.</source>
        <translation>El renderizador del gráfico de llamas: gl, raster o auto.</translation>
    </message>
    <message>
        <source>Open SOURCE (a library, a profile with sample times or a server&apos;s URL) in the timeline window.</source>
        <translation>Abrir SOURCE (una biblioteca, un perfil con los instantes de las muestras o la URL de un servidor) en la ventana de línea de tiempo.</translation>
    </message>
    <message>
        <source>Timeline: the profile type and label selector, &apos;TYPE{selector}&apos;.</source>
        <translation>Línea de tiempo: el tipo de perfil y el selector de etiquetas, &apos;TYPE{selector}&apos;.</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s start (now-1h, unix s or ms, RFC 3339).</source>
        <translation>Línea de tiempo: el inicio de la consulta (now-1h, s o ms Unix, RFC 3339).</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s end.</source>
        <translation>Línea de tiempo: el final de la consulta.</translation>
    </message>
    <message>
        <source>Timeline: select this range (its merge is shown).</source>
        <translation>Línea de tiempo: seleccionar este intervalo (se muestra su fusión).</translation>
    </message>
    <message>
        <source>Timeline: compare --range with this range.</source>
        <translation>Línea de tiempo: comparar --range con este intervalo.</translation>
    </message>
    <message>
        <source>Timeline: show a file&apos;s subsecond heatmap (FlameScope).</source>
        <translation>Línea de tiempo: mostrar el mapa de calor por subsegundos de un archivo (FlameScope).</translation>
    </message>
    <message>
        <source>Timeline: the label breakdown by LABEL.</source>
        <translation>Línea de tiempo: el desglose por LABEL.</translation>
    </message>
    <message>
        <source>Profiles to open (&quot;-&quot; reads stdin).</source>
        <translation>Perfiles que abrir («-» lee la entrada estándar).</translation>
    </message>
    <message>
        <source>Subcommands (no display needed):</source>
        <translation>Subcomandos (sin pantalla):</translation>
    </message>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API over a profile library (push, pull, query).</source>
        <translation>Servir la API de Grafana Pyroscope sobre una biblioteca de perfiles (push, pull, consultas).</translation>
    </message>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof.</source>
        <translation>Tomar un perfil del net/http/pprof de un programa Go.</translation>
    </message>
    <message>
        <source>the timeline wants a SOURCE</source>
        <translation>la línea de tiempo necesita una SOURCE</translation>
    </message>
    <message>
        <source>--compare wants --range</source>
        <translation>--compare espera --range</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT (e.g. 1600x900), got &quot;%1&quot;</source>
        <translation>--size espera ANCHOxALTO (p. ej. 1600x900), se recibió «%1»</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; the views are: %2</source>
        <translation>vista desconocida «%1»; las vistas son: %2</translation>
    </message>
    <message>
        <source>--zoom wants a call path, root first: &apos;main;serve&apos;</source>
        <translation>--zoom espera una ruta de llamadas, raíz primero: &apos;main;serve&apos;</translation>
    </message>
    <message>
        <source>unknown renderer &quot;%1&quot;; the renderers are: gl, raster, auto</source>
        <translation>renderizador desconocido «%1»; los renderizadores son: gl, raster, auto</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Pyrograph already runs (without it, the FILEs open as tabs of the running window).</source>
        <translation>Abrir una ventana propia aunque Pyrograph ya esté en marcha (sin esta opción, los FILE se abren como pestañas de la ventana abierta).</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (comparación)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Profiles</source>
        <translation>Comparar perfiles</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Comparación:</translation>
    </message>
    <message>
        <source>Baseline sample type:</source>
        <translation>Tipo de muestra de la referencia:</translation>
    </message>
    <message>
        <source>Comparison sample type:</source>
        <translation>Tipo de muestra de la comparación:</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Grabación: %1</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Baseline Profile</source>
        <translation>Perfil de referencia</translation>
    </message>
    <message>
        <source>Comparison Profile</source>
        <translation>Perfil de comparación</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Choose the two profiles to compare: open tabs or files of any format.</source>
        <translation>Elija los dos perfiles que comparar: pestañas abiertas o archivos de cualquier formato.</translation>
    </message>
    <message>
        <source>Choose the sample type of each profile.</source>
        <translation>Elija el tipo de muestra de cada perfil.</translation>
    </message>
    <message>
        <source>Cannot compare %1 (%2 in %3) with %4 (%5 in %6): the units differ. Choose sample types with the same unit.</source>
        <translation>No se puede comparar %1 (%2 en %3) con %4 (%5 en %6): las unidades son distintas. Elija tipos de muestra con la misma unidad.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source> — %1 total</source>
        <translation> — %1 en total</translation>
    </message>
    <message>
        <source>Baseline flame graph</source>
        <translation>Gráfico de llamas de referencia</translation>
    </message>
    <message>
        <source>Comparison flame graph</source>
        <translation>Gráfico de llamas de comparación</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Conexión nueva</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>el host de la URL</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Usuario y contraseña</translation>
    </message>
    <message>
        <source>X-Scope-OrgID, if the server has tenants</source>
        <translation>X-Scope-OrgID, si el servidor tiene inquilinos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>https: the system&apos;s CAs</source>
        <translation>https: las CA del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Guardadas:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Tiempo límite:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo de CA:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>La URL debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>No certificate authority this system trusts signed the certificate of %1.

SHA-256 fingerprint:
%2

Trust it only if this is your server&apos;s certificate (compare the fingerprint with the server&apos;s).</source>
        <translation>Ninguna autoridad de certificación en la que confíe este sistema firmó el certificado de %1.

Huella SHA-256:
%2

Confíe en él solo si es el certificado de su servidor (compare la huella con la del servidor).</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the secret of &quot;%1&quot; (%2).

Store it in Pyrograph&apos;s settings file as plain text, readable by anyone who can read that file? Otherwise you type it again next time.</source>
        <translation>No hay ningún llavero del sistema para guardar el secreto de «%1» (%2).

¿Guardarlo como texto sin cifrar en el archivo de configuración de Pyrograph, legible por cualquiera que pueda leer ese archivo? Si no, tendrá que escribirlo de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>DiffLegend</name>
    <message>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nueva)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s share of its profile&apos;s total (relative)</source>
        <translation>Cambio de la proporción de cada función en el total de su perfil (relativo)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s value (absolute)</source>
        <translation>Cambio del valor de cada función (absoluto)</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Baseline self</source>
        <translation>Propio de referencia</translation>
    </message>
    <message>
        <source>Comparison self</source>
        <translation>Propio de comparación</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change % (share)</source>
        <translation>Cambio % (proporción)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Diff flamegraph</source>
        <translation>Gráfico de llamas de diferencias</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Diff table</source>
        <translation>Tabla de diferencias</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Valores absolutos</translation>
    </message>
    <message>
        <source>Compare raw values instead of each function&apos;s share of its profile&apos;s total</source>
        <translation>Comparar valores brutos en lugar de la proporción de cada función en el total de su perfil</translation>
    </message>
    <message>
        <source> Colours: </source>
        <translation> Colores: </translation>
    </message>
    <message>
        <source>Green to red</source>
        <translation>Del verde al rojo</translation>
    </message>
    <message>
        <source>Blue to red (colour-blind)</source>
        <translation>Del azul al rojo (daltonismo)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in a flamegraph)</source>
        <translation>Mostrar todo el árbol (Esc en un gráfico de llamas)</translation>
    </message>
    <message>
        <source>Diff flame graph</source>
        <translation>Gráfico de llamas de diferencias</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>No hay ningún perfil que exportar.</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Todavía hay una exportación en curso.</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: formato de exportación desconocido; las extensiones admitidas son: %2</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Containing Folder</source>
        <translation>Abrir la carpeta contenedora</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exportado a %2</translation>
    </message>
</context>
<context>
    <name>FlameGraphAccessible</name>
    <message>
        <source>Flame graph</source>
        <translation>Gráfico de llamas</translation>
    </message>
    <message>
        <source>No box selected: the arrow keys move through the boxes, Enter zooms in, Escape zooms out.</source>
        <translation>Ninguna caja seleccionada: las flechas recorren las cajas, Intro amplía, Esc reduce.</translation>
    </message>
</context>
<context>
    <name>FlameGraphView</name>
    <message>
        <source>Click: zoom in · Esc: zoom out · Ctrl+wheel: zoom · drag: pan · wheel: scroll</source>
        <translation>Clic: ampliar · Esc: reducir · Ctrl+rueda: zoom · arrastrar: desplazar · rueda: desplazarse</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer la vista</translation>
    </message>
</context>
<context>
    <name>FlameToolTip</name>
    <message>
        <source>Total: %1 (%2 of all, %3 of parent)</source>
        <translation>Total: %1 (%2 del total, %3 del llamador)</translation>
    </message>
    <message>
        <source>Total: %1 (%2 of all)</source>
        <translation>Total: %1 (%2 del total)</translation>
    </message>
    <message>
        <source>Self: %1 (%2 of all)</source>
        <translation>Propio: %1 (%2 del total)</translation>
    </message>
    <message numerus="yes">
        <source>%n functions, each too narrow to show; click to zoom in to them</source>
        <translation>
            <numerusform>%n función demasiado estrecha para mostrarla; haga clic para ampliarla</numerusform>
            <numerusform>%n funciones, cada una demasiado estrecha para mostrarla; haga clic para ampliarlas</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nueva)</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (eliminada)</translation>
    </message>
    <message>
        <source>Baseline: %1 (%2 of %3)</source>
        <translation>Referencia: %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Comparison: %1 (%2 of %3)</source>
        <translation>Comparación: %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Change: %1 (share %2%3 points, %4 relative)</source>
        <translation>Cambio: %1 (proporción %2%3 puntos, %4 relativo)</translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation>Cambio: %1 (%2)</translation>
    </message>
    <message>
        <source>Only in the comparison: not called in the baseline.</source>
        <translation>Solo en la comparación: no se llama en la referencia.</translation>
    </message>
    <message>
        <source>Only in the baseline: no longer called in the comparison.</source>
        <translation>Solo en la referencia: ya no se llama en la comparación.</translation>
    </message>
</context>
<context>
    <name>FunctionActions</name>
    <message>
        <source>Focus on this function</source>
        <translation>Centrarse en esta función</translation>
    </message>
    <message>
        <source>Collapse this function</source>
        <translation>Contraer esta función</translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation>Copiar el nombre de la función</translation>
    </message>
    <message>
        <source>Show in sandwich view</source>
        <translation>Mostrar en la vista sándwich</translation>
    </message>
</context>
<context>
    <name>FunctionTableModel</name>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Propio</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>Propio %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Total %</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Boxes are coloured by their self value (what the frame spends itself, not in its callees) against the largest self in the profile: pale yellow for none, red for the largest (%1).</source>
        <translation>Las cajas se colorean por su valor propio (lo que el frame gasta por sí mismo, no en sus llamadas) frente al mayor valor propio del perfil: amarillo pálido para ninguno, rojo para el mayor (%1).</translation>
    </message>
    <message>
        <source>Self (heat)</source>
        <translation>Propio (calor)</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>another instance listens on %1</source>
        <translation>otra instancia escucha en %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>LabelFitBox</name>
    <message>
        <source>Which end of a long name a label keeps: head first &quot;github.com/org/repo/pkg/sto…&quot;, tail first &quot;…storage.(*Writer).Flush&quot;. Auto takes the tail when most names are package-qualified (Go, Java).</source>
        <translation>Qué extremo de un nombre largo conserva una etiqueta: principio primero «github.com/org/repo/pkg/sto…», final primero «…storage.(*Writer).Flush». Auto toma el final cuando la mayoría de los nombres llevan su paquete (Go, Java).</translation>
    </message>
    <message>
        <source>Head first</source>
        <translation>Principio primero</translation>
    </message>
    <message>
        <source>Tail first</source>
        <translation>Final primero</translation>
    </message>
    <message>
        <source>Auto: tail first</source>
        <translation>Auto: final primero</translation>
    </message>
    <message>
        <source>Auto: head first</source>
        <translation>Auto: principio primero</translation>
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
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Sample Profile</source>
        <translation>Abrir el perfil de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Grabar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>Receive &amp;Pushes</source>
        <translation>Recibir &amp;envíos</translation>
    </message>
    <message>
        <source>Run a Pyroscope server in Pyrograph: SDKs push to it and every profile is kept in the library</source>
        <translation>Ejecutar un servidor Pyroscope dentro de Pyrograph: los SDK le envían perfiles y cada perfil se guarda en la biblioteca</translation>
    </message>
    <message>
        <source>Scrape a &amp;Target…</source>
        <translation>Recolectar un &amp;objetivo…</translation>
    </message>
    <message>
        <source>Have the server in Pyrograph fetch profiles from a Go program&apos;s net/http/pprof on a schedule</source>
        <translation>Hacer que el servidor de Pyrograph recolecte periódicamente perfiles del net/http/pprof de un programa Go</translation>
    </message>
    <message>
        <source>Library &amp;Timeline</source>
        <translation>&amp;Línea de tiempo de la biblioteca</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Conectar con un &amp;servidor…</translation>
    </message>
    <message>
        <source>The timeline of a Grafana Pyroscope server, Grafana Cloud Profiles or pyrograph serve</source>
        <translation>La línea de tiempo de un servidor Grafana Pyroscope, de Grafana Cloud Profiles o de pyrograph serve</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Teclado y ratón</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Sample type: </source>
        <translation>Tipo de muestra: </translation>
    </message>
    <message>
        <source>Search in the current tab</source>
        <translation>Buscar en la pestaña actual</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ya está abierto</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot receive pushes: %1</source>
        <translation>No se pueden recibir envíos: %1</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · 1 profile stored</source>
        <translation>Recibiendo envíos en %1 · 1 perfil guardado</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · %2 profiles stored</source>
        <translation>Recibiendo envíos en %1 · %2 perfiles guardados</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Biblioteca: %1</translation>
    </message>
    <message>
        <source>%1 — Pyrograph</source>
        <translation>%1 — Pyrograph</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Ningún perfil abierto</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source> (%n import(s) running)</source>
        <translation>
            <numerusform> (%n importación en curso)</numerusform>
            <numerusform> (%n importaciones en curso)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renderer: %1</source>
        <translation>Renderizador: %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Open Profiles</source>
        <translation>Abrir perfiles</translation>
    </message>
    <message>
        <source>&amp;Default View for New Tabs</source>
        <translation>Vista &amp;predeterminada para pestañas nuevas</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;Flame Graph</source>
        <translation>&amp;Gráfico de llamas</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Ambas</translation>
    </message>
    <message>
        <source>&amp;Sandwich</source>
        <translation>&amp;Sándwich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language changes when Pyrograph starts again.</source>
        <translation>El idioma cambia la próxima vez que se inicie Pyrograph.</translation>
    </message>
    <message>
        <source>Open profiles</source>
        <translation>Perfiles abiertos</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>Tipo de muestra</translation>
    </message>
    <message>
        <source>&amp;About Pyrograph</source>
        <translation>&amp;Acerca de Pyrograph</translation>
    </message>
</context>
<context>
    <name>MatchLabel</name>
    <message>
        <source>Invalid regex</source>
        <translation>Expresión regular no válida</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Coincidencias: %1</translation>
    </message>
    <message>
        <source>%1 in %2 functions, %3 frames</source>
        <translation>%1 en %2 funciones, %3 frames</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Show one thread&apos;s samples alone</source>
        <translation>Mostrar solo las muestras de un hilo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1: the import failed</source>
        <translation>%1: la importación falló</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Todos los hilos</translation>
    </message>
    <message>
        <source>Filtering thread %1…</source>
        <translation>Filtrando el hilo %1…</translation>
    </message>
    <message>
        <source>%1: %2 total, %3 functions</source>
        <translation>%1: %2 en total, %3 funciones</translation>
    </message>
    <message>
        <source> in thread %1</source>
        <translation> en el hilo %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Show the whole profile again</source>
        <translation>Mostrar de nuevo todo el perfil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>The function table alone</source>
        <translation>Solo la tabla de funciones</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Gráfico de llamas</translation>
    </message>
    <message>
        <source>The flamegraph alone</source>
        <translation>Solo el gráfico de llamas</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>The table and the flamegraph side by side</source>
        <translation>La tabla y el gráfico de llamas lado a lado</translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation>Sándwich</translation>
    </message>
    <message>
        <source>The callers and callees of the selected function</source>
        <translation>Los llamadores y las llamadas de la función seleccionada</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Icicle</source>
        <translation>Carámbano</translation>
    </message>
    <message>
        <source>Root at the top (icicle) instead of the bottom (flame)</source>
        <translation>La raíz arriba (carámbano) en lugar de abajo (llama)</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Esquema de colores</translation>
    </message>
    <message>
        <source>By package</source>
        <translation>Por paquete</translation>
    </message>
    <message>
        <source>By self (heat)</source>
        <translation>Por valor propio (calor)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in the flamegraph)</source>
        <translation>Mostrar todo el árbol (Esc en el gráfico de llamas)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Match %1 of %2: %3</source>
        <translation>Coincidencia %1 de %2: %3</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>%1 seleccionada</translation>
    </message>
    <message>
        <source>%1 — total %2 (%3), self %4 (%5)</source>
        <translation>%1 — total %2 (%3), propio %4 (%5)</translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation>Centrarse en %1</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>Contraer %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Showing the whole profile</source>
        <translation>Se muestra todo el perfil</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Gráfico de llamas</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>Tabla de funciones</translation>
    </message>
    <message>
        <source>Self and total of every function; Enter shows it in the flame graph</source>
        <translation>Valor propio y total de cada función; Intro la muestra en el gráfico de llamas</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>Every export format (%1)</source>
        <translation>Todos los formatos de exportación (%1)</translation>
    </message>
    <message>
        <source>Profiles (%1);;All files (*)</source>
        <translation>Perfiles (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menús</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Ningún perfil</translation>
    </message>
    <message>
        <source>This sample type has no samples</source>
        <translation>Este tipo de muestra no tiene muestras</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Program, e.g. ./server or node</source>
        <translation>Programa, p. ej. ./server o node</translation>
    </message>
    <message>
        <source>Its arguments; &quot;double quotes&quot; keep words together</source>
        <translation>Sus argumentos; las «comillas dobles» mantienen juntas las palabras</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Working Folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>Automatic (perf for a native program, else SDK pushes)</source>
        <translation>Automático (perf para un programa nativo, si no envíos del SDK)</translation>
    </message>
    <message>
        <source>perf record</source>
        <translation>perf record</translation>
    </message>
    <message>
        <source>Pyroscope SDK pushes</source>
        <translation>Envíos del SDK de Pyroscope</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Carpeta de &amp;trabajo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>The command&apos;s output</source>
        <translation>La salida del comando</translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation>&amp;Iniciar grabación</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Recording %1…</source>
        <translation>Grabando %1…</translation>
    </message>
    <message>
        <source>Elapsed: %1:%2.%3</source>
        <translation>Transcurrido: %1:%2.%3</translation>
    </message>
    <message>
        <source>Nothing was recorded (exit status %1); see the output below.</source>
        <translation>No se grabó nada (estado de salida %1); vea la salida abajo.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n profile(s) (exit status %1).</source>
        <translation>
            <numerusform>%n perfil grabado (estado de salida %1).</numerusform>
            <numerusform>%n perfiles grabados (estado de salida %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 no se inició: %2</translation>
    </message>
    <message>
        <source>a recording is running</source>
        <translation>hay una grabación en curso</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>no se grabó nada</translation>
    </message>
</context>
<context>
    <name>SandwichView</name>
    <message>
        <source>Select a function in the table or the flame graph to see its callers and callees.</source>
        <translation>Seleccione una función en la tabla o en el gráfico de llamas para ver sus llamadores y sus llamadas.</translation>
    </message>
    <message>
        <source>Callers of %1</source>
        <translation>Llamadores de %1</translation>
    </message>
    <message>
        <source>Callees of %1</source>
        <translation>Llamadas de %1</translation>
    </message>
    <message>
        <source>Callers flame graph</source>
        <translation>Gráfico de llamas de los llamadores</translation>
    </message>
    <message>
        <source>Callees flame graph</source>
        <translation>Gráfico de llamas de las llamadas</translation>
    </message>
</context>
<context>
    <name>ScrapeDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Scrape a Target</source>
        <translation>Recolectar un objetivo</translation>
    </message>
    <message>
        <source>the host&apos;s name</source>
        <translation>el nombre del host</translation>
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
        <translation>A&amp;plicación:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Scrapes</source>
        <translation>Recolecciones</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>The server is not running: turn on File &gt; Receive Pushes.</source>
        <translation>El servidor no está en marcha: active Archivo &gt; Recibir envíos.</translation>
    </message>
    <message>
        <source>Choose at least one profile.</source>
        <translation>Elija al menos un perfil.</translation>
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
        <translation>%1: no es un diff, así que no tiene la vista «%2» (un archivo diff tiene: %3)</translation>
    </message>
    <message>
        <source>%1: no call path %2</source>
        <translation>%1: no hay ruta de llamadas %2</translation>
    </message>
    <message>
        <source>the views were still busy after %1 s; the screenshot shows them unfinished</source>
        <translation>las vistas seguían ocupadas tras %1 s; la captura las muestra sin terminar</translation>
    </message>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1: no se pudo escribir la captura de pantalla</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case-insensitive; Enter zooms to the next match, Shift+Enter to the previous, Escape clears</source>
        <translation>Sin distinguir mayúsculas; Intro amplía la coincidencia siguiente, Mayús+Intro la anterior, Esc borra</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Gráfico de llamas</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Campo de búsqueda</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>Tabla de funciones</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move between the controls, the views and the tabs</source>
        <translation>Moverse entre los controles, las vistas y las pestañas</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Select a frame and zoom to it; click the zoomed frame to zoom out</source>
        <translation>Seleccionar un frame y ampliarlo; un clic en el frame ampliado lo reduce</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <source>The same as one click</source>
        <translation>Lo mismo que un clic</translation>
    </message>
    <message>
        <source>Click a grey group</source>
        <translation>Clic en un grupo gris</translation>
    </message>
    <message>
        <source>Zoom into the functions too narrow to draw</source>
        <translation>Ampliar las funciones demasiado estrechas para dibujarlas</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Arrastrar</translation>
    </message>
    <message>
        <source>Pan sideways and up and down</source>
        <translation>Desplazar a los lados y arriba y abajo</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Rueda</translation>
    </message>
    <message>
        <source>Scroll up and down</source>
        <translation>Desplazarse arriba y abajo</translation>
    </message>
    <message>
        <source>Horizontal wheel</source>
        <translation>Rueda horizontal</translation>
    </message>
    <message>
        <source>Pan sideways</source>
        <translation>Desplazar a los lados</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <source>Zoom in and out around the pointer</source>
        <translation>Ampliar y reducir alrededor del puntero</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Clic derecho</translation>
    </message>
    <message>
        <source>Focus, collapse, copy the name, show in the sandwich</source>
        <translation>Centrarse, contraer, copiar el nombre, mostrar en el sándwich</translation>
    </message>
    <message>
        <source>Hover</source>
        <translation>Pasar por encima</translation>
    </message>
    <message>
        <source>Total and self of a frame in the tooltip and the status bar</source>
        <translation>Total y propio de un frame en la información emergente y la barra de estado</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Select the parent, a child or a neighbour</source>
        <translation>Seleccionar el llamador, una llamada o un vecino</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Zoom to the selected frame</source>
        <translation>Ampliar el frame seleccionado</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show the whole tree (Reset Zoom)</source>
        <translation>Mostrar todo el árbol (Restablecer zoom)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Intro, Mayús+Intro</translation>
    </message>
    <message>
        <source>Zoom to the next, the previous match</source>
        <translation>Ampliar la coincidencia siguiente, la anterior</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Clic en una cabecera de columna</translation>
    </message>
    <message>
        <source>Sort by it</source>
        <translation>Ordenar por ella</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Intro, doble clic</translation>
    </message>
    <message>
        <source>Select the function (from the Table view: show its sandwich)</source>
        <translation>Seleccionar la función (desde la vista Tabla: mostrar su sándwich)</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Teclado y ratón</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>Teclas o ratón</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SubsecondHeatmap</name>
    <message numerus="yes">
        <source>%1 s + %2 ms: %n samples</source>
        <translation>
            <numerusform>%1 s + %2 ms: %n muestra</numerusform>
            <numerusform>%1 s + %2 ms: %n muestras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>total</source>
        <extracomment>The series of a query without a label breakdown, named as the flamegraph&apos;s root.</extracomment>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Timeline – %1</source>
        <translation>Línea de tiempo – %1</translation>
    </message>
    <message>
        <source>The service (service_name)</source>
        <translation>El servicio (service_name)</translation>
    </message>
    <message>
        <source>The profile type</source>
        <translation>El tipo de perfil</translation>
    </message>
    <message>
        <source>label selector: {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</source>
        <translation>selector de etiquetas: {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Follow now</source>
        <translation>Seguir el presente</translation>
    </message>
    <message>
        <source>Query again every %1 seconds</source>
        <translation>Consultar de nuevo cada %1 segundos</translation>
    </message>
    <message>
        <source>Compare two ranges</source>
        <translation>Comparar dos intervalos</translation>
    </message>
    <message>
        <source>Label breakdown: one series per value of this label</source>
        <translation>Desglose: una serie por cada valor de esta etiqueta</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Sin desglose</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Desglose:</translation>
    </message>
    <message>
        <source>The whole query: drag to choose what the chart above shows</source>
        <translation>Toda la consulta: arrastre para elegir lo que muestra el gráfico de arriba</translation>
    </message>
    <message>
        <source>Zoom to Ranges</source>
        <translation>Ampliar a los intervalos</translation>
    </message>
    <message>
        <source>Show only the selected ranges on the chart (double click: the whole query)</source>
        <translation>Mostrar solo los intervalos seleccionados en el gráfico (doble clic: toda la consulta)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running queries</source>
        <translation>Detener las consultas en curso</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>Guardar en la biblioteca</translation>
    </message>
    <message>
        <source>Store the merge of each selected range in the local library</source>
        <translation>Guardar la fusión de cada intervalo seleccionado en la biblioteca local</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the flame graph shown to a file (SVG, HTML, pprof, folded, …)</source>
        <translation>Escribir el gráfico de llamas mostrado en un archivo (SVG, HTML, pprof, folded, …)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Click a value to filter by it; Ctrl+click two to compare them</source>
        <translation>Haga clic en un valor para filtrar por él; Ctrl+clic en dos para compararlos</translation>
    </message>
    <message>
        <source>Drag on the timeline to select a range; tick &quot;Compare two ranges&quot; and drag twice to compare.</source>
        <translation>Arrastre sobre la línea de tiempo para seleccionar un intervalo; marque «Comparar dos intervalos» y arrastre dos veces para comparar.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Subsecond heatmap</source>
        <translation>Mapa de calor por subsegundos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Guardando en %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to %1</source>
        <translation>
            <numerusform>%n perfil guardado en %1</numerusform>
            <numerusform>%n perfiles guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>Label selector: %1</source>
        <translation>Selector de etiquetas: %1</translation>
    </message>
    <message>
        <source>No profiles in this range</source>
        <translation>No hay perfiles en este intervalo</translation>
    </message>
    <message>
        <source>Querying…</source>
        <translation>Consultando…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Open Profile…</source>
        <translation>Abrir perfil…</translation>
    </message>
    <message>
        <source>Open the Bundled Sample</source>
        <translation>Abrir el ejemplo incluido</translation>
    </message>
    <message>
        <source>Pyrograph</source>
        <translation>Pyrograph</translation>
    </message>
    <message>
        <source>Flamegraphs of pprof, perf script, collapsed stacks, Chrome, speedscope and Pyroscope profiles</source>
        <translation>Gráficos de llamas de perfiles de pprof, perf script, pilas colapsadas, Chrome, speedscope y Pyroscope</translation>
    </message>
    <message>
        <source>Drop profile files here</source>
        <translation>Suelte aquí archivos de perfil</translation>
    </message>
    <message>
        <source>File &gt; Open (Ctrl+O)</source>
        <translation>Archivo &gt; Abrir (Ctrl+O)</translation>
    </message>
    <message>
        <source>A Go CPU profile that comes with Pyrograph</source>
        <translation>Un perfil de CPU de Go que viene con Pyrograph</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard and Mouse lists every shortcut.</source>
        <translation>Ayuda &gt; Teclado y ratón lista todos los atajos.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
</context>
</TS>
