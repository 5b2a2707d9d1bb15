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
    <name>AdhocCommand</name>
    <message>
        <source>       %1 adhoc [--perf | --push | --pull URL | --pid PID] [-o DIR] [--format FORMAT]... [--open] [--library FILE] -- COMMAND [ARGS...]
</source>
        <translation>       %1 adhoc [--perf | --push | --pull URL | --pid PID] [-o DIR] [--format FORMAT]... [--open] [--library FILE] -- COMMAND [ARGS...]
</translation>
    </message>
    <message>
        <source>Run COMMAND, record its profiles until it exits, write one file per profile type and format into DIR and store the profiles in the library. COMMAND&apos;s stdin, stdout, stderr and exit status are its own.</source>
        <translation>Ejecutar COMMAND, grabar sus perfiles hasta que termine, escribir un archivo por tipo de perfil y formato en DIR y guardar los perfiles en la biblioteca. La entrada, la salida, la salida de errores y el estado de salida de COMMAND son los suyos.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Record with perf record -g (the default for a native executable).</source>
        <translation>Grabar con perf record -g (por omisión para un ejecutable nativo).</translation>
    </message>
    <message>
        <source>Receive COMMAND&apos;s Pyroscope SDK pushes on a free loopback port (PYROSCOPE_ADHOC_SERVER_ADDRESS; the default for a script).</source>
        <translation>Recibir los envíos del SDK de Pyroscope de COMMAND en un puerto loopback libre (PYROSCOPE_ADHOC_SERVER_ADDRESS; por omisión para un script).</translation>
    </message>
    <message>
        <source>Scrape COMMAND&apos;s Go net/http/pprof at URL (host:port) while it runs: cpu and allocs every 2 s, as serve --scrape does.</source>
        <translation>Consultar el net/http/pprof de Go de COMMAND en URL (host:port) mientras se ejecuta: cpu y allocs cada 2 s, como hace serve --scrape.</translation>
    </message>
    <message>
        <source>Attach perf to a running process until it exits or Ctrl+C.</source>
        <translation>Adjuntar perf a un proceso en ejecución hasta que termine o Ctrl+C.</translation>
    </message>
    <message>
        <source>The folder to write into (default: adhoc-COMMAND-TIME here).</source>
        <translation>La carpeta donde escribir (por omisión: adhoc-COMMAND-TIME aquí).</translation>
    </message>
    <message>
        <source>A format to write, repeatable: %1 (default html).</source>
        <translation>Un formato que escribir, repetible: %1 (html por omisión).</translation>
    </message>
    <message>
        <source>Open the profiles in the window afterwards.</source>
        <translation>Abrir después los perfiles en la ventana.</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>El archivo de biblioteca (por omisión: el de la carpeta de datos).</translation>
    </message>
    <message>
        <source>The command to run, and its arguments.</source>
        <translation>El comando que ejecutar y sus argumentos.</translation>
    </message>
    <message>
        <source>--perf, --push, --pull and --pid are alternatives; give one</source>
        <translation>--perf, --push, --pull y --pid son alternativas; indique una</translation>
    </message>
    <message>
        <source>--pid wants a process id, got &quot;%1&quot;</source>
        <translation>--pid espera un identificador de proceso, se recibió «%1»</translation>
    </message>
    <message>
        <source>--pid records a running process; give no COMMAND with it</source>
        <translation>--pid graba un proceso en ejecución; no indique ningún COMMAND con él</translation>
    </message>
    <message>
        <source>no command given: adhoc [OPTIONS] -- COMMAND [ARGS...]</source>
        <translation>no se indicó ningún comando: adhoc [OPTIONS] -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; the formats are: %2</source>
        <translation>formato desconocido «%1»; los formatos son: %2</translation>
    </message>
    <message>
        <source>perf is not installed: install Debian&apos;s linux-perf package (apt install linux-perf)</source>
        <translation>perf no está instalado: instale el paquete linux-perf de Debian (apt install linux-perf)</translation>
    </message>
    <message>
        <source>perf may not record: kernel.perf_event_paranoid is %1; allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run pyrograph adhoc as root</source>
        <translation>puede que perf no pueda grabar: kernel.perf_event_paranoid vale %1; permítalo con «sysctl kernel.perf_event_paranoid=1» o ejecute pyrograph adhoc como root</translation>
    </message>
    <message>
        <source>adhoc --pid: no process %1</source>
        <translation>adhoc --pid: no existe el proceso %1</translation>
    </message>
    <message>
        <source>adhoc: %1: command not found</source>
        <translation>adhoc: %1: no se encontró el comando</translation>
    </message>
    <message>
        <source>adhoc: cannot make the folder %1</source>
        <translation>adhoc: no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>adhoc --open: could not start the window</source>
        <translation>adhoc --open: no se pudo iniciar la ventana</translation>
    </message>
    <message>
        <source>adhoc: no temporary folder: %1</source>
        <translation>adhoc: no hay carpeta temporal: %1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf record recorded nothing (exit status %1). If it was refused, allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run as root; perf comes with Debian&apos;s linux-perf package</source>
        <translation>adhoc --perf: perf record no grabó nada (estado de salida %1). Si se denegó, permítalo con «sysctl kernel.perf_event_paranoid=1» o ejecute como root; perf viene en el paquete linux-perf de Debian</translation>
    </message>
    <message>
        <source>adhoc --perf: perf script failed: %1</source>
        <translation>adhoc --perf: perf script falló: %1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf recorded no samples (did the command run long enough?)</source>
        <translation>adhoc --perf: perf no grabó ninguna muestra (¿se ejecutó el comando el tiempo suficiente?)</translation>
    </message>
    <message>
        <source>adhoc --pull: no profile could be scraped from %1 while %2 ran (does it serve net/http/pprof there?)</source>
        <translation>adhoc --pull: no se pudo obtener ningún perfil de %1 mientras se ejecutaba %2 (¿sirve net/http/pprof ahí?)</translation>
    </message>
    <message>
        <source>adhoc --push: %1 pushed no profiles to %2 (does it use a Pyroscope SDK?)</source>
        <translation>adhoc --push: %1 no envió ningún perfil a %2 (¿usa un SDK de Pyroscope?)</translation>
    </message>
    <message>
        <source>pyrograph adhoc: %1 profiles %2, stored in %3</source>
        <translation>pyrograph adhoc: %1 perfiles %2, guardados en %3</translation>
    </message>
    <message>
        <source>scraped</source>
        <translation>obtenidos</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>recibidos</translation>
    </message>
    <message>
        <source>pyrograph adhoc: stored as %1 in %2</source>
        <translation>pyrograph adhoc: guardado como %1 en %2</translation>
    </message>
    <message>
        <source>pyrograph adhoc: wrote %1</source>
        <translation>pyrograph adhoc: se escribió %1</translation>
    </message>
</context>
<context>
    <name>CallgrindImporter</name>
    <message>
        <source>the calls= line has no cost line after it</source>
        <translation>la línea calls= no va seguida de ninguna línea de coste</translation>
    </message>
    <message>
        <source>%1: %2: no &quot;events:&quot; line</source>
        <translation>%1: %2: no hay línea «events:»</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: línea %3: %4</translation>
    </message>
    <message>
        <source>the events: line names no event</source>
        <translation>la línea events: no nombra ningún evento</translation>
    </message>
    <message>
        <source>a second events: line with other events</source>
        <translation>una segunda línea events: con otros eventos</translation>
    </message>
    <message>
        <source>name (%1) is used before it is defined</source>
        <translation>el nombre (%1) se usa antes de definirse</translation>
    </message>
    <message>
        <source>name (%1) is defined twice</source>
        <translation>el nombre (%1) está definido dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is relative to column %2 of the previous cost line, which has none</source>
        <translation>«%1» es relativo a la columna %2 de la línea de coste anterior, que no la tiene</translation>
    </message>
    <message>
        <source>the line after calls= is not a cost line</source>
        <translation>la línea que sigue a calls= no es una línea de coste</translation>
    </message>
    <message>
        <source>not a header, an assignment or a cost line</source>
        <translation>no es una cabecera, una asignación ni una línea de coste</translation>
    </message>
    <message>
        <source>a cost line before the events: line</source>
        <translation>una línea de coste antes de la línea events:</translation>
    </message>
    <message>
        <source>%1: %2: no cost lines</source>
        <translation>%1: %2: no hay líneas de coste</translation>
    </message>
</context>
<context>
    <name>ChromeCpuProfileImporter</name>
    <message>
        <source>no nodes</source>
        <translation>no hay nodos</translation>
    </message>
    <message>
        <source>node %1 has no id</source>
        <translation>el nodo %1 no tiene identificador</translation>
    </message>
    <message>
        <source>node id %1 appears twice</source>
        <translation>el identificador de nodo %1 aparece dos veces</translation>
    </message>
    <message>
        <source>node %1 has an unknown child %2</source>
        <translation>el nodo %1 tiene un hijo desconocido %2</translation>
    </message>
    <message>
        <source>%1 samples but %2 timeDeltas</source>
        <translation>%1 muestras pero %2 timeDeltas</translation>
    </message>
    <message>
        <source>startTime %1 is out of range</source>
        <translation>startTime %1 está fuera de rango</translation>
    </message>
    <message>
        <source>timeDeltas[%1] %2 takes the time out of range</source>
        <translation>timeDeltas[%1] %2 saca el tiempo del rango</translation>
    </message>
    <message>
        <source>endTime %1 is out of range</source>
        <translation>endTime %1 está fuera de rango</translation>
    </message>
    <message>
        <source>%1 samples but %2 timestamps</source>
        <translation>%1 muestras pero %2 timestamps</translation>
    </message>
    <message>
        <source>timestamps[%1] %2 is out of range</source>
        <translation>timestamps[%1] %2 está fuera de rango</translation>
    </message>
    <message>
        <source>samples without timeDeltas or timestamps</source>
        <translation>muestras sin timeDeltas ni timestamps</translation>
    </message>
    <message>
        <source>sample %1 is not a node id: %2</source>
        <translation>la muestra %1 no es un identificador de nodo: %2</translation>
    </message>
    <message>
        <source>the samples&apos; durations add up to more than %1 microseconds</source>
        <translation>las duraciones de las muestras suman más de %1 microsegundos</translation>
    </message>
    <message>
        <source>%1 nodes name a parent that the profile does not define; their stacks start at the root</source>
        <translation>%1 nodos nombran un padre que el perfil no define; sus pilas empiezan en la raíz</translation>
    </message>
    <message>
        <source>%1 samples name a node that the profile does not define; they count as &quot;(unknown node)&quot;</source>
        <translation>%1 muestras nombran un nodo que el perfil no define; cuentan como «(unknown node)»</translation>
    </message>
    <message>
        <source>node %1 is its own ancestor</source>
        <translation>el nodo %1 es su propio antecesor</translation>
    </message>
</context>
<context>
    <name>ChromeTraceImporter</name>
    <message>
        <source>%1 ProfileChunk events without their Profile event were skipped</source>
        <translation>se omitieron %1 eventos ProfileChunk sin su evento Profile</translation>
    </message>
    <message>
        <source>CPU profile %1 (pid %2, tid %3): %4</source>
        <translation>perfil de CPU %1 (pid %2, tid %3): %4</translation>
    </message>
    <message>
        <source>sample %1 refers to stack frame %2, which is missing or in a cycle</source>
        <translation>la muestra %1 hace referencia al frame de pila %2, que falta o está en un ciclo</translation>
    </message>
    <message>
        <source>%1 X events without dur or tdur were skipped</source>
        <translation>se omitieron %1 eventos X sin dur ni tdur</translation>
    </message>
    <message>
        <source>%1 E events matched no open B event and were ignored</source>
        <translation>%1 eventos E no coincidían con ningún evento B abierto y se ignoraron</translation>
    </message>
    <message>
        <source>%1 B events were closed by the E event of an enclosing frame</source>
        <translation>%1 eventos B se cerraron con el evento E de un frame contenedor</translation>
    </message>
    <message>
        <source>%1 B events were never closed and end at their thread&apos;s last timestamp</source>
        <translation>%1 eventos B nunca se cerraron y terminan en la última marca de tiempo de su hilo</translation>
    </message>
    <message>
        <source>%1 events overlapped the end of their parent and were cut there</source>
        <translation>%1 eventos sobrepasaban el final de su padre y se cortaron ahí</translation>
    </message>
    <message>
        <source>expected an array of events or an object with &quot;traceEvents&quot;</source>
        <translation>se esperaba un array de eventos o un objeto con «traceEvents»</translation>
    </message>
    <message>
        <source>no B/E/X events, CPU profile or samples to show</source>
        <translation>no hay eventos B/E/X, perfil de CPU ni muestras que mostrar</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>not a subcommand</source>
        <translation>no es un subcomando</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: the profile has no sample types</source>
        <translation>%1: el perfil no tiene tipos de muestra</translation>
    </message>
    <message>
        <source>%1: no sample type &quot;%2&quot;; the profile has: %3</source>
        <translation>%1: no hay tipo de muestra «%2»; el perfil tiene: %3</translation>
    </message>
</context>
<context>
    <name>CollapsedImporter</name>
    <message>
        <source>%1: %2: no stack lines: the input is empty</source>
        <translation>%1: %2: no hay líneas de pila: la entrada está vacía</translation>
    </message>
    <message>
        <source>%1: %2: no valid stack line; line %3 is not &quot;frame;frame;... count&quot;: %4</source>
        <translation>%1: %2: ninguna línea de pila válida; la línea %3 no es «frame;frame;... count»: %4</translation>
    </message>
    <message>
        <source>skipped %1 malformed line (first at line %2: %3)</source>
        <translation>se omitió %1 línea mal formada (la primera en la línea %2: %3)</translation>
    </message>
    <message>
        <source>skipped %1 malformed lines (first at line %2: %3)</source>
        <translation>se omitieron %1 líneas mal formadas (la primera en la línea %2: %3)</translation>
    </message>
    <message>
        <source>rounded %1 fractional count to whole numbers (first at line %2)</source>
        <translation>se redondeó %1 recuento fraccionario a números enteros (el primero en la línea %2)</translation>
    </message>
    <message>
        <source>rounded %1 fractional counts to whole numbers (first at line %2)</source>
        <translation>se redondearon %1 recuentos fraccionarios a números enteros (el primero en la línea %2)</translation>
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
    <name>DiffBuilder</name>
    <message>
        <source>no sample types</source>
        <translation>ningún tipo de muestra</translation>
    </message>
    <message>
        <source>%1 has no sample types</source>
        <translation>%1 no tiene tipos de muestra</translation>
    </message>
    <message>
        <source>%1 has no sample type &quot;%2&quot;; it has: %3</source>
        <translation>%1 no tiene el tipo de muestra «%2»; tiene: %3</translation>
    </message>
    <message>
        <source>%1 and %2 have no sample type in common (%1: %3; %2: %4); choose which to compare</source>
        <translation>%1 y %2 no tienen ningún tipo de muestra en común (%1: %3; %2: %4); elija qué comparar</translation>
    </message>
    <message>
        <source>%1 has no sample type %2</source>
        <translation>%1 no tiene el tipo de muestra %2</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: the units differ (%1: %3, %2: %4)</source>
        <translation>no se puede comparar %1 con %2: las unidades difieren (%1: %3, %2: %4)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>nothing to write</source>
        <translation>nada que escribir</translation>
    </message>
    <message>
        <source>%1: unknown diff output format; the supported extensions are: %2</source>
        <translation>%1: formato de salida de comparación desconocido; las extensiones admitidas son: %2</translation>
    </message>
    <message>
        <source>sample type: %1/%2, baseline: %3, comparison: %4</source>
        <translation>tipo de muestra: %1/%2, referencia: %3, comparación: %4</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparación</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>change%</source>
        <translation>cambio%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
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
    <name>ExportCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: formato de exportación desconocido; las extensiones admitidas son: %2</translation>
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
    <name>FetchCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: formato de exportación desconocido; las extensiones admitidas son: %2</translation>
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
    <name>FlamebearerImporter</name>
    <message>
        <source>level %1 has %2 values, not a multiple of %3</source>
        <translation>el nivel %1 tiene %2 valores, no un múltiplo de %3</translation>
    </message>
    <message>
        <source>level %1, value %2 is not an integer</source>
        <translation>nivel %1: el valor %2 no es un entero</translation>
    </message>
    <message>
        <source>level %1, node %2: name index %3 outside names[0..%4)</source>
        <translation>nivel %1, nodo %2: índice de nombre %3 fuera de names[0..%4)</translation>
    </message>
    <message>
        <source>level %1, node %2: negative total</source>
        <translation>nivel %1, nodo %2: total negativo</translation>
    </message>
    <message>
        <source>level %1: the node at x=%2 (width %3) lies in no node of level %4</source>
        <translation>nivel %1: el nodo en x=%2 (ancho %3) no está dentro de ningún nodo del nivel %4</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>el documento no es un objeto JSON</translation>
    </message>
    <message>
        <source>no &quot;flamebearer&quot; or &quot;flamegraph&quot; object</source>
        <translation>no hay objeto «flamebearer» ni «flamegraph»</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>no hay nombres</translation>
    </message>
    <message>
        <source>no levels</source>
        <translation>no hay niveles</translation>
    </message>
    <message>
        <source>the flamegraph is empty (no samples)</source>
        <translation>el gráfico de llamas está vacío (sin muestras)</translation>
    </message>
    <message>
        <source>the nodes add up to %1, not the %2 that the file gives as its total</source>
        <translation>los nodos suman %1, no los %2 que el archivo da como total</translation>
    </message>
</context>
<context>
    <name>FoldedWriter</name>
    <message>
        <source>%1: no sample type %2</source>
        <translation>%1: no hay tipo de muestra %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: falló la escritura: %2</translation>
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
    <name>GeckoProcessedProfile</name>
    <message>
        <source>%1.stackTable: %2 prefixes for %3 frames</source>
        <translation>%1.stackTable: %2 prefijos para %3 frames</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 %4</source>
        <translation>%1.samples: %2 pilas pero %3 %4</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 weights</source>
        <translation>%1.samples: %2 pilas pero %3 pesos</translation>
    </message>
    <message>
        <source>%1.funcTable.name[%2]: %3 is not in the string array (%4 strings)</source>
        <translation>%1.funcTable.name[%2]: %3 no está en el array de cadenas (%4 cadenas)</translation>
    </message>
    <message>
        <source>%1.stackTable.prefixOffset[%2]: %3 reaches before the first stack</source>
        <translation>%1.stackTable.prefixOffset[%2]: %3 llega antes de la primera pila</translation>
    </message>
    <message>
        <source>%1.stackTable.prefix[%2]: %3 is not an earlier stack</source>
        <translation>%1.stackTable.prefix[%2]: %3 no es una pila anterior</translation>
    </message>
    <message>
        <source>%1.stackTable.frame[%2]: %3 is not in the frameTable (%4 frames)</source>
        <translation>%1.stackTable.frame[%2]: %3 no está en la frameTable (%4 frames)</translation>
    </message>
    <message>
        <source>%1.frameTable.func[%2]: %3 is not in the funcTable (%4 functions)</source>
        <translation>%1.frameTable.func[%2]: %3 no está en la funcTable (%4 funciones)</translation>
    </message>
    <message>
        <source>%1.samples.%2[%3] is not a number</source>
        <translation>%1.samples.%2[%3] no es un número</translation>
    </message>
    <message>
        <source>%1.samples.stack[%2]: %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1.samples.stack[%2]: %3 no está en la stackTable (%4 pilas)</translation>
    </message>
    <message>
        <source>%1.samples.weight[%2] is not a number</source>
        <translation>%1.samples.weight[%2] no es un número</translation>
    </message>
    <message>
        <source>%1: %2 (processed, version %3): %4</source>
        <translation>%1: %2 (procesado, versión %3): %4</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>se esperaba un array «threads»</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 no es un objeto de hilo</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>no hay muestras en ningún hilo</translation>
    </message>
</context>
<context>
    <name>GeckoProfileImporter</name>
    <message>
        <source>%1: expected samples, stackTable and frameTable with &quot;data&quot; arrays</source>
        <translation>%1: se esperaban samples, stackTable y frameTable con arrays «data»</translation>
    </message>
    <message>
        <source>%1: frameTable.data[%2]: location %3 is not in the stringTable (%4 strings)</source>
        <translation>%1: frameTable.data[%2]: la ubicación %3 no está en la stringTable (%4 cadenas)</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: prefix %3 is not an earlier stack</source>
        <translation>%1: stackTable.data[%2]: el prefijo %3 no es una pila anterior</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: frame %3 is not in the frameTable (%4 frames)</source>
        <translation>%1: stackTable.data[%2]: el frame %3 no está en la frameTable (%4 frames)</translation>
    </message>
    <message>
        <source>%1: startTime %2 is out of range</source>
        <translation>%1: startTime %2 está fuera de rango</translation>
    </message>
    <message>
        <source>%1: samples.data[%2] has no time</source>
        <translation>%1: samples.data[%2] no tiene tiempo</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: stack %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1: samples.data[%2]: la pila %3 no está en la stackTable (%4 pilas)</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: time %3 is out of range</source>
        <translation>%1: samples.data[%2]: el tiempo %3 está fuera de rango</translation>
    </message>
    <message>
        <source>%1: the samples&apos; durations add up to more than 2^62 ns</source>
        <translation>%1: las duraciones de las muestras suman más de 2^62 ns</translation>
    </message>
    <message>
        <source>%1: processes nest deeper than 16 levels</source>
        <translation>%1: los procesos se anidan a más de 16 niveles</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 no es un objeto de hilo</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array in &quot;profile&quot;</source>
        <translation>se esperaba un array «threads» en «profile»</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>se esperaba un array «threads»</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>no hay muestras en ningún hilo</translation>
    </message>
</context>
<context>
    <name>GhcProfImporter</name>
    <message>
        <source>cost_centres[%1] has no numeric &quot;id&quot;</source>
        <translation>cost_centres[%1] no tiene un «id» numérico</translation>
    </message>
    <message>
        <source>%1: cost centre %2 is not in cost_centres</source>
        <translation>%1: el centro de coste %2 no está en cost_centres</translation>
    </message>
    <message>
        <source>%1: &quot;children&quot; is not an array</source>
        <translation>%1: «children» no es un array</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of 0 or more</source>
        <translation>%1: «%2» no es un número mayor o igual que 0</translation>
    </message>
    <message>
        <source>no &quot;cost_centres&quot; array</source>
        <translation>no hay array «cost_centres»</translation>
    </message>
    <message>
        <source>no &quot;profile&quot; object</source>
        <translation>no hay objeto «profile»</translation>
    </message>
    <message>
        <source>no positive &quot;tick_interval&quot;</source>
        <translation>no hay un «tick_interval» positivo</translation>
    </message>
    <message>
        <source>line %1: the tree has no ticks and bytes columns and the report gives no &quot;total time&quot; and &quot;total alloc&quot;</source>
        <translation>línea %1: el árbol no tiene columnas ticks y bytes, y el informe no da «total time» ni «total alloc»</translation>
    </message>
    <message>
        <source>line %1: expected %2 columns, found %3</source>
        <translation>línea %1: se esperaban %2 columnas, se encontraron %3</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a cost-centre row</source>
        <translation>línea %1: «%2» no es una fila de centro de coste</translation>
    </message>
    <message>
        <source>line %1: %time or %alloc is not a percentage</source>
        <translation>línea %1: %time o %alloc no es un porcentaje</translation>
    </message>
    <message>
        <source>no cost-centre tree (a &quot;COST CENTRE ... no. entries&quot; header)</source>
        <translation>no hay árbol de centros de coste (una cabecera «COST CENTRE ... no. entries»)</translation>
    </message>
    <message>
        <source>the report has no ticks and bytes columns (+RTS -p rather than -P): cpu and alloc are estimated from the rounded percentages of %1 rows</source>
        <translation>el informe no tiene columnas ticks y bytes (+RTS -p en lugar de -P): cpu y alloc se estiman a partir de los porcentajes redondeados de %1 filas</translation>
    </message>
    <message>
        <source>%1: %2: no cost centre has ticks, allocation or entries</source>
        <translation>%1: %2: ningún centro de coste tiene ticks, asignaciones ni entradas</translation>
    </message>
</context>
<context>
    <name>GzipStreamWriter</name>
    <message>
        <source>%1: zlib did not start</source>
        <translation>%1: zlib no se inició</translation>
    </message>
    <message>
        <source>%1: deflate failed</source>
        <translation>%1: deflate falló</translation>
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
    <name>ImportLimits</name>
    <message>
        <source>%1 (%2) exceeds the limit of %3; raise it with %4 if the input is trusted</source>
        <translation>%1 (%2) supera el límite de %3; auméntelo con %4 si la entrada es de confianza</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>file: %1</source>
        <translation>archivo: %1</translation>
    </message>
    <message>
        <source>format: %1 (diff)</source>
        <translation>formato: %1 (comparación)</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>formato: %1</translation>
    </message>
    <message>
        <source>sample types:</source>
        <translation>tipos de muestra:</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[por omisión]</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>nodos: %1</translation>
    </message>
    <message>
        <source>functions: %1</source>
        <translation>funciones: %1</translation>
    </message>
    <message>
        <source>max depth: %1</source>
        <translation>profundidad máxima: %1</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>hora: %1</translation>
    </message>
    <message>
        <source>duration: %1</source>
        <translation>duración: %1</translation>
    </message>
    <message>
        <source>period: %1 (%2/%3)</source>
        <translation>periodo: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>spy: %1</source>
        <translation>spy: %1</translation>
    </message>
    <message>
        <source>sample rate: %1 Hz</source>
        <translation>frecuencia de muestreo: %1 Hz</translation>
    </message>
    <message>
        <source>labels:</source>
        <translation>etiquetas:</translation>
    </message>
    <message>
        <source>sample label keys: %1</source>
        <translation>claves de etiqueta de las muestras: %1</translation>
    </message>
    <message>
        <source>comments:</source>
        <translation>comentarios:</translation>
    </message>
    <message>
        <source>warnings:</source>
        <translation>advertencias:</translation>
    </message>
</context>
<context>
    <name>InputStream</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: cannot seek back: %2</source>
        <translation>%1: no se puede retroceder: %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: error de lectura: %2</translation>
    </message>
    <message>
        <source>%1: %2: cannot initialise zlib</source>
        <translation>%1: %2: no se puede inicializar zlib</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb (--max-decompressed raises the limit)</source>
        <translation>%1: los datos %2 se descomprimen más allá de %3 bytes: se rechaza una probable bomba de descompresión (--max-decompressed aumenta el límite)</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb</source>
        <translation>%1: los datos %2 se descomprimen más allá de %3 bytes: se rechaza una probable bomba de descompresión</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data at byte %3: %4</source>
        <translation>%1: %2: datos comprimidos dañados en el byte %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a member</source>
        <translation>%1: %2: truncado: los datos comprimidos terminan en el byte %3 en mitad de un miembro</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data near byte %3: %4</source>
        <translation>%1: %2: datos comprimidos dañados cerca del byte %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a frame</source>
        <translation>%1: %2: truncado: los datos comprimidos terminan en el byte %3 en mitad de una trama</translation>
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
    <name>InstrumentsImporter</name>
    <message>
        <source>weight &quot;%1 %2&quot; is out of range</source>
        <translation>el peso «%1 %2» está fuera de rango</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>unidad desconocida «%1»</translation>
    </message>
    <message>
        <source>%1: %2: line 1 is not a deep copy header (a weight column and &quot;Symbol Name&quot;)</source>
        <translation>%1: %2: la línea 1 no es una cabecera de deep copy (una columna de peso y «Symbol Name»)</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: línea %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: no rows under the header</source>
        <translation>%1: %2: no hay filas bajo la cabecera</translation>
    </message>
    <message>
        <source>%1: %2: line %3 is indented %4 deep under a frame at depth %5</source>
        <translation>%1: %2: la línea %3 está sangrada %4 niveles bajo un frame de profundidad %5</translation>
    </message>
</context>
<context>
    <name>JfrByteReader</name>
    <message>
        <source>truncated chunk: %1 bytes needed, %2 left</source>
        <translation>chunk truncado: se necesitan %1 bytes, quedan %2</translation>
    </message>
    <message>
        <source>%1 %2 is outside its chunk (bytes %3 to %4)</source>
        <translation>%1 %2 está fuera de su chunk (bytes %3 a %4)</translation>
    </message>
    <message>
        <source>truncated chunk inside a compressed integer</source>
        <translation>chunk truncado dentro de un entero comprimido</translation>
    </message>
    <message>
        <source>%1 %2 is more than the %3 bytes left in the chunk</source>
        <translation>%1 %2 es más que los %3 bytes que quedan en el chunk</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the chunk (%3 left)</source>
        <translation>%1 de %2 bytes sobrepasa el chunk (quedan %3)</translation>
    </message>
    <message>
        <source>constant pool offset</source>
        <translation>desplazamiento del pool de constantes</translation>
    </message>
    <message>
        <source>constant pool count</source>
        <translation>número de pools de constantes</translation>
    </message>
    <message>
        <source>constant count</source>
        <translation>número de constantes</translation>
    </message>
    <message>
        <source>constant offset</source>
        <translation>desplazamiento de constante</translation>
    </message>
    <message>
        <source>event offset</source>
        <translation>desplazamiento de evento</translation>
    </message>
    <message>
        <source>metadata attribute count</source>
        <translation>número de atributos de metadatos</translation>
    </message>
    <message>
        <source>metadata child count</source>
        <translation>número de hijos de metadatos</translation>
    </message>
    <message>
        <source>metadata string count</source>
        <translation>número de cadenas de metadatos</translation>
    </message>
    <message>
        <source>metadata string length</source>
        <translation>longitud de cadena de metadatos</translation>
    </message>
    <message>
        <source>metadata string</source>
        <translation>cadena de metadatos</translation>
    </message>
    <message>
        <source>metadata offset</source>
        <translation>desplazamiento de metadatos</translation>
    </message>
    <message>
        <source>string length</source>
        <translation>longitud de cadena</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>array length</source>
        <translation>longitud de array</translation>
    </message>
</context>
<context>
    <name>JfrConstantPools</name>
    <message>
        <source>the constant pool chain comes back to the checkpoint at byte %1</source>
        <translation>la cadena de pools de constantes vuelve al checkpoint del byte %1</translation>
    </message>
    <message>
        <source>checkpoint event size %1 runs past its chunk</source>
        <translation>el tamaño de evento checkpoint %1 sobrepasa su chunk</translation>
    </message>
    <message>
        <source>the constant pool offset points at an event of type %1, not at a checkpoint (type 1)</source>
        <translation>el desplazamiento del pool de constantes apunta a un evento de tipo %1, no a un checkpoint (tipo 1)</translation>
    </message>
    <message>
        <source>a constant pool of the undeclared type id %1</source>
        <translation>un pool de constantes del tipo no declarado %1</translation>
    </message>
    <message>
        <source>checkpoint event runs past its size of %1 bytes</source>
        <translation>el evento checkpoint sobrepasa su tamaño de %1 bytes</translation>
    </message>
</context>
<context>
    <name>JfrImporter</name>
    <message>
        <source>%1: %2: no execution, allocation, lock or park events in %3 chunk(s)</source>
        <translation>%1: %2: no hay eventos de ejecución, asignación, bloqueo ni park en %3 chunk(s)</translation>
    </message>
</context>
<context>
    <name>JfrMetadata</name>
    <message>
        <source>metadata string index %1 is not one of its %2 strings</source>
        <translation>el índice de cadena de metadatos %1 no es una de sus %2 cadenas</translation>
    </message>
    <message>
        <source>metadata nested deeper than %1</source>
        <translation>metadatos anidados a más de %1 niveles</translation>
    </message>
    <message>
        <source>metadata event size %1 runs past its chunk</source>
        <translation>el tamaño de evento de metadatos %1 sobrepasa su chunk</translation>
    </message>
    <message>
        <source>the metadata offset points at an event of type %1, not at the metadata event (type 0)</source>
        <translation>el desplazamiento de metadatos apunta a un evento de tipo %1, no al evento de metadatos (tipo 0)</translation>
    </message>
    <message>
        <source>metadata string with encoding %1</source>
        <translation>cadena de metadatos con la codificación %1</translation>
    </message>
    <message>
        <source>the metadata&apos;s first element is &quot;%1&quot;, not &quot;root&quot;</source>
        <translation>el primer elemento de los metadatos es «%1», no «root»</translation>
    </message>
    <message>
        <source>metadata class id &quot;%1&quot; is not a number</source>
        <translation>el identificador de clase de metadatos «%1» no es un número</translation>
    </message>
    <message>
        <source>metadata field class &quot;%1&quot; is not a number</source>
        <translation>la clase de campo de metadatos «%1» no es un número</translation>
    </message>
    <message>
        <source>metadata declares class id %1 twice</source>
        <translation>los metadatos declaran dos veces el identificador de clase %1</translation>
    </message>
    <message>
        <source>the metadata event runs past its size of %1 bytes</source>
        <translation>el evento de metadatos sobrepasa su tamaño de %1 bytes</translation>
    </message>
    <message>
        <source>field %1.%2 has the undeclared type id %3</source>
        <translation>el campo %1.%2 tiene el tipo no declarado %3</translation>
    </message>
</context>
<context>
    <name>JfrRecordingReader</name>
    <message>
        <source>truncated chunk header: %1 of %2 bytes</source>
        <translation>cabecera de chunk truncada: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>no chunk magic &quot;FLR\0&quot;</source>
        <translation>no hay firma de chunk «FLR\0»</translation>
    </message>
    <message>
        <source>unsupported JFR version %1</source>
        <translation>versión de JFR %1 no admitida</translation>
    </message>
    <message>
        <source>truncated chunk: its header says %1 bytes, %2 are left</source>
        <translation>chunk truncado: su cabecera indica %1 bytes, quedan %2</translation>
    </message>
    <message>
        <source>constant pool offset %1 is outside its chunk of %2 bytes</source>
        <translation>el desplazamiento del pool de constantes %1 está fuera de su chunk de %2 bytes</translation>
    </message>
    <message>
        <source>metadata offset %1 is outside its chunk of %2 bytes</source>
        <translation>el desplazamiento de metadatos %1 está fuera de su chunk de %2 bytes</translation>
    </message>
    <message>
        <source>ticks per second %1 is not positive</source>
        <translation>los ticks por segundo %1 no son positivos</translation>
    </message>
    <message>
        <source>event size %1 runs past its chunk (%2 bytes left)</source>
        <translation>el tamaño de evento %1 sobrepasa su chunk (quedan %2 bytes)</translation>
    </message>
    <message>
        <source>event runs past its size of %1 bytes</source>
        <translation>el evento sobrepasa su tamaño de %1 bytes</translation>
    </message>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 en el byte %4</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: memoria agotada</translation>
    </message>
    <message>
        <source>%1: %2: the file holds no chunk</source>
        <translation>%1: %2: el archivo no contiene ningún chunk</translation>
    </message>
</context>
<context>
    <name>JfrValueReader</name>
    <message>
        <source>more values than a chunk of this size can hold (a loop of empty values?)</source>
        <translation>más valores de los que cabe en un chunk de este tamaño (¿un bucle de valores vacíos?)</translation>
    </message>
    <message>
        <source>string with the unknown encoding %1</source>
        <translation>cadena con la codificación desconocida %1</translation>
    </message>
    <message>
        <source>values nested deeper than %1</source>
        <translation>valores anidados a más de %1 niveles</translation>
    </message>
    <message>
        <source>a value of the undeclared type id %1</source>
        <translation>un valor del tipo no declarado %1</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>%1: %2: invalid JSON at byte %3: %4</source>
        <translation>%1: %2: JSON no válido en el byte %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: expected a JSON object at the top</source>
        <translation>%1: %2: se esperaba un objeto JSON en el nivel superior</translation>
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
    <name>LabelSelector</name>
    <message>
        <source>expected a quoted value at position %1</source>
        <translation>se esperaba un valor entre comillas en la posición %1</translation>
    </message>
    <message>
        <source>unknown escape \%1 at position %2</source>
        <translation>secuencia de escape desconocida \%1 en la posición %2</translation>
    </message>
    <message>
        <source>unterminated quoted value at position %1</source>
        <translation>valor entre comillas sin terminar en la posición %1</translation>
    </message>
    <message>
        <source>expected a metric name or &apos;{&apos; at position %1</source>
        <translation>se esperaba un nombre de métrica o &apos;{&apos; en la posición %1</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; at position %1</source>
        <translation>se esperaba &apos;{&apos; en la posición %1</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; at position %1</source>
        <translation>se esperaba &apos;}&apos; en la posición %1</translation>
    </message>
    <message>
        <source>expected a label name at position %1</source>
        <translation>se esperaba un nombre de etiqueta en la posición %1</translation>
    </message>
    <message>
        <source>expected =, !=, =~ or !~ at position %1</source>
        <translation>se esperaba =, !=, =~ o !~ en la posición %1</translation>
    </message>
    <message>
        <source>invalid regex at position %1: %2</source>
        <translation>expresión regular no válida en la posición %1: %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at position %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; en la posición %1</translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos; at position %1</source>
        <translation>texto inesperado después de &apos;}&apos; en la posición %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL mode (%2)</source>
        <translation>%1: no se puede cambiar al modo WAL (%2)</translation>
    </message>
    <message>
        <source>%1: no profile to store</source>
        <translation>%1: no hay perfil que guardar</translation>
    </message>
    <message>
        <source>%1: %2 profile types for %3 sample types</source>
        <translation>%1: %2 tipos de perfil para %3 tipos de muestra</translation>
    </message>
    <message>
        <source>%1: label name &quot;%2&quot; is not valid (letters, digits and _, not starting with a digit)</source>
        <translation>%1: el nombre de etiqueta «%2» no es válido (letras, dígitos y _, sin empezar por un dígito)</translation>
    </message>
    <message>
        <source>%1: the profile ends before it starts</source>
        <translation>%1: el perfil termina antes de empezar</translation>
    </message>
    <message>
        <source>%1: the profile has no sample type to store</source>
        <translation>%1: el perfil no tiene ningún tipo de muestra que guardar</translation>
    </message>
    <message>
        <source>%1: zstd could not compress the profile</source>
        <translation>%1: zstd no pudo comprimir el perfil</translation>
    </message>
    <message>
        <source>not a profile type: %1</source>
        <translation>no es un tipo de perfil: %1</translation>
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
        <translation>¿add, ls o rm?</translation>
    </message>
    <message>
        <source>The profile library: one SQLite file (default: %1).
</source>
        <translation>La biblioteca de perfiles: un archivo SQLite (por omisión: %1).
</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are add, ls and rm</source>
        <translation>acción desconocida «%1»; las acciones son add, ls y rm</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>El archivo de biblioteca (por omisión: el de la carpeta de datos).</translation>
    </message>
    <message>
        <source>The service_name label of the profiles.</source>
        <translation>La etiqueta service_name de los perfiles.</translation>
    </message>
    <message>
        <source>A label of the profiles (repeatable).</source>
        <translation>Una etiqueta de los perfiles (repetible).</translation>
    </message>
    <message>
        <source>When the profiles were taken: RFC 3339 or unix seconds (default: the profile&apos;s own time, else the file&apos;s modification time).</source>
        <translation>Cuándo se tomaron los perfiles: RFC 3339 o segundos Unix (por omisión: la hora propia del perfil; si no, la de modificación del archivo).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Profiles to add.</source>
        <translation>Perfiles que añadir.</translation>
    </message>
    <message>
        <source>Profiles to remove.</source>
        <translation>Perfiles que eliminar.</translation>
    </message>
    <message>
        <source>takes no arguments, got &quot;%1&quot;</source>
        <translation>no admite argumentos, se recibió «%1»</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>no se indicó ningún archivo</translation>
    </message>
    <message>
        <source>no id given</source>
        <translation>no se indicó ningún identificador</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id (see library ls)</source>
        <translation>«%1» no es un identificador de perfil (véase library ls)</translation>
    </message>
    <message>
        <source>no service given (--service NAME)</source>
        <translation>no se indicó ningún servicio (--service NAME)</translation>
    </message>
    <message>
        <source>--label wants name=value with a Prometheus label name (not starting with __), got &quot;%1&quot;</source>
        <translation>--label espera name=value con un nombre de etiqueta de Prometheus (que no empiece por __), se recibió «%1»</translation>
    </message>
    <message>
        <source>--at wants RFC 3339 (2024-05-01T12:00:00Z) or unix seconds, got &quot;%1&quot;</source>
        <translation>--at espera RFC 3339 (2024-05-01T12:00:00Z) o segundos Unix, se recibió «%1»</translation>
    </message>
    <message>
        <source>added %1: %2 (%3)</source>
        <translation>añadido %1: %2 (%3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TIPOS</translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation>ETIQUETAS</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>removed %1 of %2</source>
        <translation>eliminados %1 de %2</translation>
    </message>
    <message>
        <source>%1: %2 of the ids are not in the library</source>
        <translation>%1: %2 de los identificadores no están en la biblioteca</translation>
    </message>
</context>
<context>
    <name>LibrarySchema</name>
    <message>
        <source>%1: not a Pyrograph library (%2)</source>
        <translation>%1: no es una biblioteca de Pyrograph (%2)</translation>
    </message>
    <message>
        <source>it holds %1 tables of another program</source>
        <translation>contiene %1 tablas de otro programa</translation>
    </message>
    <message>
        <source>%1: made by a newer Pyrograph (schema version %2, this one reads up to %3)</source>
        <translation>%1: creada por un Pyrograph más reciente (versión de esquema %2, este lee hasta la %3)</translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>Refuse a profile of more call tree nodes (default %1).</source>
        <translation>Rechazar un perfil con más nodos del árbol de llamadas (%1 por omisión).</translation>
    </message>
    <message>
        <source>Refuse a stack of more frames (default %1).</source>
        <translation>Rechazar una pila con más frames (%1 por omisión).</translation>
    </message>
    <message>
        <source>Refuse a frame name longer than this, in bytes (default %1).</source>
        <translation>Rechazar un nombre de frame más largo, en bytes (%1 por omisión).</translation>
    </message>
    <message>
        <source>Refuse a profile of more sample types (default %1).</source>
        <translation>Rechazar un perfil con más tipos de muestra (%1 por omisión).</translation>
    </message>
    <message>
        <source>Refuse gzip or zstd input that inflates past this many bytes (default %1).</source>
        <translation>Rechazar una entrada gzip o zstd que se descomprima por encima de estos bytes (%1 por omisión).</translation>
    </message>
    <message>
        <source>--%1 wants a whole number above 0, got &quot;%2&quot;</source>
        <translation>--%1 espera un número entero mayor que 0, se recibió «%2»</translation>
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
    <name>PapyrusImporter</name>
    <message>
        <source>%1: %2: no profiler events</source>
        <translation>%1: %2: no hay eventos del perfilador</translation>
    </message>
    <message>
        <source>%1: %2: line %3 does not start with a time in milliseconds</source>
        <translation>%1: %2: la línea %3 no empieza por un tiempo en milisegundos</translation>
    </message>
    <message>
        <source>%1: %2: line %3 goes back in time (%4 after %5)</source>
        <translation>%1: %2: la línea %3 retrocede en el tiempo (%4 después de %5)</translation>
    </message>
    <message>
        <source>%1: %2: no PUSH, POP or QUEUE_PUSH events</source>
        <translation>%1: %2: no hay eventos PUSH, POP ni QUEUE_PUSH</translation>
    </message>
</context>
<context>
    <name>PerfProfileMerger</name>
    <message>
        <source>skipped %1 unrecognized line (first: line %2)</source>
        <translation>se omitió %1 línea no reconocida (la primera: línea %2)</translation>
    </message>
    <message>
        <source>skipped %1 unrecognized lines (first: line %2)</source>
        <translation>se omitieron %1 líneas no reconocidas (la primera: línea %2)</translation>
    </message>
    <message>
        <source>events: each is a sample type; %1 is the default</source>
        <translation>eventos: cada uno es un tipo de muestra; %1 es el predeterminado</translation>
    </message>
</context>
<context>
    <name>PerfScriptImporter</name>
    <message>
        <source>%1: %2: no samples found (expected `comm pid time: period event:` lines followed by stack frames)</source>
        <translation>%1: %2: no se encontraron muestras (se esperaban líneas `comm pid time: period event:` seguidas de frames de pila)</translation>
    </message>
</context>
<context>
    <name>PmcstatImporter</name>
    <message>
        <source>%1: %2: no &quot;@ EVENT [N samples]&quot; header</source>
        <translation>%1: %2: no hay cabecera «@ EVENT [N samples]»</translation>
    </message>
    <message>
        <source>%1: %2: no call graph lines under the event header</source>
        <translation>%1: %2: no hay líneas de grafo de llamadas bajo la cabecera del evento</translation>
    </message>
    <message>
        <source>skipped %1 line that is not a %2 call graph line (first at line %3)</source>
        <translation>se omitió %1 línea que no es una línea de grafo de llamadas de %2 (la primera en la línea %3)</translation>
    </message>
    <message>
        <source>skipped %1 lines that are not a %2 call graph line (first at line %3)</source>
        <translation>se omitieron %1 líneas que no son líneas de grafo de llamadas de %2 (la primera en la línea %3)</translation>
    </message>
</context>
<context>
    <name>PprofError</name>
    <message>
        <source>the string table is empty (string_table[0] must be &quot;&quot;)</source>
        <translation>la tabla de cadenas está vacía (string_table[0] debe ser &quot;&quot;)</translation>
    </message>
    <message>
        <source>string_table[0] is not empty</source>
        <translation>string_table[0] no está vacía</translation>
    </message>
    <message>
        <source>the profile has no sample types</source>
        <translation>el perfil no tiene tipos de muestra</translation>
    </message>
    <message>
        <source>duplicate function id %1</source>
        <translation>identificador de función %1 duplicado</translation>
    </message>
    <message>
        <source>location id 0 (ids must be nonzero)</source>
        <translation>identificador de ubicación 0 (los identificadores no pueden ser 0)</translation>
    </message>
    <message>
        <source>duplicate location id %1</source>
        <translation>identificador de ubicación %1 duplicado</translation>
    </message>
    <message>
        <source>function id 0 (ids must be nonzero)</source>
        <translation>identificador de función 0 (los identificadores no pueden ser 0)</translation>
    </message>
    <message>
        <source>location %1 refers to function id %2, which does not exist</source>
        <translation>la ubicación %1 hace referencia al identificador de función %2, que no existe</translation>
    </message>
    <message>
        <source>default_sample_type &quot;%1&quot; is not a sample type; using the last one</source>
        <translation>default_sample_type «%1» no es un tipo de muestra; se usa el último</translation>
    </message>
    <message>
        <source>string index %1 out of range (the table has %2 strings)</source>
        <translation>índice de cadena %1 fuera de rango (la tabla tiene %2 cadenas)</translation>
    </message>
    <message>
        <source>sample has %1 values for %2 sample types</source>
        <translation>la muestra tiene %1 valores para %2 tipos de muestra</translation>
    </message>
    <message>
        <source>sample refers to location id %1, which does not exist</source>
        <translation>la muestra hace referencia al identificador de ubicación %1, que no existe</translation>
    </message>
    <message>
        <source>larger than 2 GiB, which libprotobuf cannot parse</source>
        <translation>mayor de 2 GiB, que libprotobuf no puede analizar</translation>
    </message>
    <message>
        <source>not a valid Profile message (libprotobuf could not parse it)</source>
        <translation>no es un mensaje Profile válido (libprotobuf no pudo analizarlo)</translation>
    </message>
    <message>
        <source>truncated varint</source>
        <translation>varint truncado</translation>
    </message>
    <message>
        <source>malformed varint (more than 10 bytes)</source>
        <translation>varint mal formado (más de 10 bytes)</translation>
    </message>
    <message>
        <source>invalid field number %1</source>
        <translation>número de campo %1 no válido</translation>
    </message>
    <message>
        <source>field length %1 runs past the end of its message (%2 bytes left)</source>
        <translation>la longitud de campo %1 sobrepasa el final de su mensaje (quedan %2 bytes)</translation>
    </message>
    <message>
        <source>truncated fixed-size field</source>
        <translation>campo de tamaño fijo truncado</translation>
    </message>
    <message>
        <source>unsupported wire type %1</source>
        <translation>tipo de codificación %1 no admitido</translation>
    </message>
</context>
<context>
    <name>PprofImporter</name>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 en el byte %4</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: memoria agotada</translation>
    </message>
</context>
<context>
    <name>PprofWriter</name>
    <message>
        <source>%1: could not compress the profile</source>
        <translation>%1: no se pudo comprimir el perfil</translation>
    </message>
</context>
<context>
    <name>ProfileBlob</name>
    <message>
        <source>stored profile: not a zstd frame of known size</source>
        <translation>perfil guardado: no es una trama zstd de tamaño conocido</translation>
    </message>
    <message>
        <source>stored profile: zstd: %1</source>
        <translation>perfil guardado: zstd: %1</translation>
    </message>
    <message>
        <source>stored profile: corrupt %1</source>
        <translation>perfil guardado: dañado: %1</translation>
    </message>
    <message>
        <source>header (unknown version)</source>
        <translation>cabecera (versión desconocida)</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>tree (depth)</source>
        <translation>árbol (profundidad)</translation>
    </message>
    <message>
        <source>tree (name)</source>
        <translation>árbol (nombre)</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>the number of sample types</source>
        <translation>el número de tipos de muestra</translation>
    </message>
    <message>
        <source>a frame name of %1 bytes</source>
        <translation>un nombre de frame de %1 bytes</translation>
    </message>
    <message>
        <source>the values of a sample type add up past %1, more than a 64-bit total can hold safely: the file&apos;s counts are not real</source>
        <translation>los valores de un tipo de muestra suman más de %1, más de lo que un total de 64 bits puede contener con seguridad: los recuentos del archivo no son reales</translation>
    </message>
    <message>
        <source>a stack of %1 frames</source>
        <translation>una pila de %1 frames</translation>
    </message>
    <message>
        <source>the call tree&apos;s node count</source>
        <translation>el número de nodos del árbol de llamadas</translation>
    </message>
</context>
<context>
    <name>ProfileExporter</name>
    <message>
        <source>collapsed stacks, root first (flamegraph.pl)</source>
        <translation>pilas colapsadas, raíz primero (flamegraph.pl)</translation>
    </message>
    <message>
        <source>Pyroscope flamebearer JSON</source>
        <translation>JSON flamebearer de Pyroscope</translation>
    </message>
    <message>
        <source>gzipped pprof, every sample type</source>
        <translation>pprof comprimido con gzip, todos los tipos de muestra</translation>
    </message>
    <message>
        <source>speedscope&apos;s file format, every sample type</source>
        <translation>formato de archivo de speedscope, todos los tipos de muestra</translation>
    </message>
    <message>
        <source>interactive SVG flamegraph (zoom, search; flamegraph.pl&apos;s --width, --minwidth)</source>
        <translation>gráfico de llamas SVG interactivo (zoom, búsqueda; --width, --minwidth de flamegraph.pl)</translation>
    </message>
    <message>
        <source>self-contained interactive HTML page (flamegraph, search, function table)</source>
        <translation>página HTML interactiva autónoma (gráfico de llamas, búsqueda, tabla de funciones)</translation>
    </message>
    <message>
        <source>PNG picture of the flamegraph (--width, --height, --scale)</source>
        <translation>imagen PNG del gráfico de llamas (--width, --height, --scale)</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>formato de exportación desconocido</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>%1: the input is empty</source>
        <translation>%1: la entrada está vacía</translation>
    </message>
    <message>
        <source>%1: unrecognised format (tried %2)</source>
        <translation>%1: formato no reconocido (se probó: %2)</translation>
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
    <name>SafariTimelineImporter</name>
    <message>
        <source>expected recording.sampleStackTraces and recording.sampleDurations arrays</source>
        <translation>se esperaban los arrays recording.sampleStackTraces y recording.sampleDurations</translation>
    </message>
    <message>
        <source>the recording has no samples (record with the JavaScript &amp; Events timeline on)</source>
        <translation>la grabación no tiene muestras (grabe con la línea de tiempo «JavaScript &amp; Events» activada)</translation>
    </message>
    <message>
        <source>%1 samples but %2 sampleDurations</source>
        <translation>%1 muestras pero %2 sampleDurations</translation>
    </message>
    <message>
        <source>sample %1 has no stackFrames array or no timestamp</source>
        <translation>la muestra %1 no tiene array stackFrames o no tiene marca de tiempo</translation>
    </message>
    <message>
        <source>sampleDurations[%1] is not a duration</source>
        <translation>sampleDurations[%1] no es una duración</translation>
    </message>
</context>
<context>
    <name>SampleDurations</name>
    <message>
        <source>%1 samples came before the previous one of their thread; they count 0 time</source>
        <translation>%1 muestras llegaron antes que la anterior de su hilo; cuentan tiempo 0</translation>
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
    <name>ScrapeCommand</name>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof (URL: http://host:port) and write it to OUT, in the format its extension names.</source>
        <translation>Obtener un perfil del net/http/pprof de un programa Go (URL: http://host:port) y escribirlo en OUT, en el formato que indique su extensión.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The profile: %1 (default cpu).</source>
        <translation>El perfil: %1 (cpu por omisión).</translation>
    </message>
    <message>
        <source>cpu: how long to profile (default 10).</source>
        <translation>cpu: cuánto tiempo perfilar (10 por omisión).</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>El archivo que escribir; su extensión elige el formato.</translation>
    </message>
    <message>
        <source>The target, http://host:port.</source>
        <translation>El destino, http://host:port.</translation>
    </message>
    <message>
        <source>wants one URL, got %1</source>
        <translation>espera una URL, se recibieron %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://host:port URL</source>
        <translation>«%1» no es una URL http://host:port</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of %2</source>
        <translation>--type: «%1» no es uno de %2</translation>
    </message>
    <message>
        <source>--seconds wants a positive number, got &quot;%1&quot;</source>
        <translation>--seconds espera un número positivo, se recibió «%1»</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>no se indicó ningún archivo de salida (-o OUT)</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: formato de exportación desconocido; las extensiones admitidas son: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes (%3), wrote %4</source>
        <translation>%1: %2 bytes (%3), se escribió %4</translation>
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
    <name>SearchQuery</name>
    <message>
        <source>%1 (at offset %2)</source>
        <translation>%1 (en la posición %2)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API (ingest, push, query) over a profile library until interrupted.</source>
        <translation>Servir la API de Grafana Pyroscope (ingesta, envío, consulta) sobre una biblioteca de perfiles hasta que se interrumpa.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1:4040; port 0: any free port).</source>
        <translation>La dirección en la que escuchar (127.0.0.1:4040 por omisión; puerto 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>El archivo de biblioteca (por omisión: el de la carpeta de datos).</translation>
    </message>
    <message>
        <source>The largest request body taken, in bytes (default 16 MiB).</source>
        <translation>El mayor cuerpo de petición aceptado, en bytes (16 MiB por omisión).</translation>
    </message>
    <message>
        <source>How long profiles are kept: 7d, 12h, 30m (default 7d).</source>
        <translation>Cuánto tiempo se conservan los perfiles: 7d, 12h, 30m (7d por omisión).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; on every request.</source>
        <translation>Exigir «Authorization: Bearer TOKEN» en cada petición.</translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen without --token.</source>
        <translation>Permitir un --listen fuera de loopback sin --token.</translation>
    </message>
    <message>
        <source>Scrape the targets of FILE&apos;s scrape-configs (Pyroscope&apos;s pull mode; state at GET /targets).</source>
        <translation>Consultar los destinos de las scrape-configs de FILE (modo pull de Pyroscope; estado en GET /targets).</translation>
    </message>
    <message>
        <source>Connections served at once; more are answered 503 (default %1).</source>
        <translation>Conexiones atendidas a la vez; las demás reciben 503 (%1 por omisión).</translation>
    </message>
    <message>
        <source>This subcommand.</source>
        <translation>Este subcomando.</translation>
    </message>
    <message>
        <source>takes no files, got &quot;%1&quot;</source>
        <translation>no admite archivos, se recibió «%1»</translation>
    </message>
    <message>
        <source>--max-body wants a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-body espera un número de bytes, se recibió «%1»</translation>
    </message>
    <message>
        <source>--max-connections wants a number above 0, got &quot;%1&quot;</source>
        <translation>--max-connections espera un número mayor que 0, se recibió «%1»</translation>
    </message>
    <message>
        <source>--retention wants a duration such as 7d, 12h or 30m, got &quot;%1&quot;</source>
        <translation>--retention espera una duración como 7d, 12h o 30m, se recibió «%1»</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>scraping %1 target of %2 (state: GET /targets)</source>
        <translation>consultando %1 destino de %2 (estado: GET /targets)</translation>
    </message>
    <message>
        <source>scraping %1 targets of %2 (state: GET /targets)</source>
        <translation>consultando %1 destinos de %2 (estado: GET /targets)</translation>
    </message>
    <message>
        <source>interrupted, stopping after %1 profiles received</source>
        <translation>interrumpido, se detiene tras recibir %1 perfiles</translation>
    </message>
    <message>
        <source>terminated, stopping after %1 profiles received</source>
        <translation>terminado, se detiene tras recibir %1 perfiles</translation>
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
    <name>SpeedscopeImporter</name>
    <message>
        <source>%1 samples but %2 weights</source>
        <translation>%1 muestras pero %2 pesos</translation>
    </message>
    <message>
        <source>sample %1 is not an array of frame indices</source>
        <translation>la muestra %1 no es un array de índices de frames</translation>
    </message>
    <message>
        <source>sample %1 refers to frame %2, but there are %3 frames</source>
        <translation>la muestra %1 hace referencia al frame %2, pero hay %3 frames</translation>
    </message>
    <message>
        <source>weight %1 is not a number</source>
        <translation>el peso %1 no es un número</translation>
    </message>
    <message>
        <source>event %1 has no time (&quot;at&quot;)</source>
        <translation>el evento %1 no tiene tiempo («at»)</translation>
    </message>
    <message>
        <source>event %1 refers to frame %2, but there are %3 frames</source>
        <translation>el evento %1 hace referencia al frame %2, pero hay %3 frames</translation>
    </message>
    <message>
        <source>event %1 goes back in time (at %2 after %3)</source>
        <translation>el evento %1 retrocede en el tiempo (en %2 después de %3)</translation>
    </message>
    <message>
        <source>event %1 closes frame %2, but %3 is open</source>
        <translation>el evento %1 cierra el frame %2, pero el abierto es %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>event %1 has type &quot;%2&quot; (expected &quot;O&quot; or &quot;C&quot;)</source>
        <translation>el evento %1 es de tipo «%2» (se esperaba «O» o «C»)</translation>
    </message>
    <message>
        <source>frame %1 opened at %2 is never closed</source>
        <translation>el frame %1 abierto en %2 nunca se cierra</translation>
    </message>
    <message>
        <source>no profiles (&quot;profiles&quot; is missing or empty)</source>
        <translation>no hay perfiles («profiles» falta o está vacío)</translation>
    </message>
    <message>
        <source>frame %1 has no name</source>
        <translation>el frame %1 no tiene nombre</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; (expected &quot;sampled&quot; or &quot;evented&quot;)</source>
        <translation>tipo «%1» (se esperaba «sampled» o «evented»)</translation>
    </message>
    <message>
        <source>profile %1 (%2): %3</source>
        <translation>perfil %1 (%2): %3</translation>
    </message>
    <message>
        <source>rounded %1 fractional weights to whole numbers</source>
        <translation>se redondearon %1 pesos fraccionarios a números enteros</translation>
    </message>
</context>
<context>
    <name>StackprofImporter</name>
    <message>
        <source>no &quot;mode&quot;</source>
        <translation>no hay «mode»</translation>
    </message>
    <message>
        <source>no &quot;raw&quot; stacks (record with raw: true)</source>
        <translation>no hay pilas «raw» (grabe con raw: true)</translation>
    </message>
    <message>
        <source>raw[%1]: a stack of %2 frames does not fit in raw</source>
        <translation>raw[%1]: una pila de %2 frames no cabe en raw</translation>
    </message>
    <message>
        <source>raw[%1]: frame %2 is not in &quot;frames&quot;</source>
        <translation>raw[%1]: el frame %2 no está en «frames»</translation>
    </message>
    <message>
        <source>raw[%1]: the sample count is not a number</source>
        <translation>raw[%1]: el número de muestras no es un número</translation>
    </message>
    <message>
        <source>raw[%1]: %2 samples but only %3 raw_timestamp_deltas left</source>
        <translation>raw[%1]: %2 muestras pero solo quedan %3 raw_timestamp_deltas</translation>
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
    <name>TimelineCommand</name>
    <message>
        <source>--step too small for the range: over 1,000,000 points</source>
        <translation>--step demasiado pequeño para el intervalo: más de 1.000.000 de puntos</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>serie %1</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>hora (UTC)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>TimelineQuery</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1: not a time: &quot;%2&quot; (now-1h, unix seconds or milliseconds, RFC 3339)</source>
        <translation>%1: no es una hora: «%2» (now-1h, segundos o milisegundos Unix, RFC 3339)</translation>
    </message>
    <message>
        <source>--from is after --until</source>
        <translation>--from es posterior a --until</translation>
    </message>
    <message>
        <source>%1: no profile type given (--query &apos;TYPE{...}&apos;); the profile types are: %2</source>
        <translation>%1: no se indicó ningún tipo de perfil (--query &apos;TYPE{...}&apos;); los tipos de perfil son: %2</translation>
    </message>
    <message>
        <source>%1: no single profile type &quot;%2&quot;; the profile types are: %3</source>
        <translation>%1: no hay un único tipo de perfil «%2»; los tipos de perfil son: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL</source>
        <translation>«%1»: se esperaba FROM..UNTIL</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL, two times (now-1h, unix seconds or milliseconds, RFC 3339), the first not after the second</source>
        <translation>«%1»: se esperaba FROM..UNTIL, dos horas (now-1h, segundos o milisegundos Unix, RFC 3339), la primera no posterior a la segunda</translation>
    </message>
</context>
<context>
    <name>TimelineSources</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>no se indicó ningún origen</translation>
    </message>
    <message>
        <source>%1: a library is a source of its own, not one of several files</source>
        <translation>%1: una biblioteca es un origen por sí misma, no uno de varios archivos</translation>
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
    <name>TopCommand</name>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5 (showing %6)</source>
        <translation>formato: %1, tipo de muestra: %2/%3, total: %4, funciones: %5 (se muestran %6)</translation>
    </message>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5</source>
        <translation>formato: %1, tipo de muestra: %2/%3, total: %4, funciones: %5</translation>
    </message>
    <message>
        <source>self</source>
        <translation>propio</translation>
    </message>
    <message>
        <source>self%</source>
        <translation>propio%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>total%</source>
        <translation>total%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>Transforms</name>
    <message>
        <source>no profiles to merge</source>
        <translation>no hay perfiles que fusionar</translation>
    </message>
    <message>
        <source>profile %1 is missing</source>
        <translation>falta el perfil %1</translation>
    </message>
    <message>
        <source>cannot merge: %1 has sample types %2, but %3 has %4</source>
        <translation>no se puede fusionar: %1 tiene los tipos de muestra %2, pero %3 tiene %4</translation>
    </message>
</context>
<context>
    <name>V8ProfLogImporter</name>
    <message>
        <source>this is a raw isolate log, which needs V8&apos;s tick processor to resolve its code addresses; preprocess it first with `node --prof-process --preprocess %1 &gt; profile.v8log.json` and open that</source>
        <translation>esto es un registro de isolate sin procesar, cuyas direcciones de código necesita resolver el tick processor de V8; preprocéselo primero con `node --prof-process --preprocess %1 &gt; profile.v8log.json` y abra el resultado</translation>
    </message>
    <message>
        <source>expected &quot;code&quot; and &quot;ticks&quot; arrays (the output of node --prof-process --preprocess)</source>
        <translation>se esperaban los arrays «code» y «ticks» (la salida de node --prof-process --preprocess)</translation>
    </message>
    <message>
        <source>tick %1 has no &quot;tm&quot; time or no &quot;s&quot; stack</source>
        <translation>el tick %1 no tiene tiempo «tm» o no tiene pila «s»</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is not a number</source>
        <translation>tick %1: la entrada de pila %2 no es un número</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is %3</source>
        <translation>tick %1: la entrada de pila %2 es %3</translation>
    </message>
    <message>
        <source>the log has no ticks</source>
        <translation>el registro no tiene ticks</translation>
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
