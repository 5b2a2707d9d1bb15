<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</source>
        <translation>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</translation>
    </message>
    <message>
        <source>The window, painting, threads, containers</source>
        <translation>La fenêtre, le dessin, les threads, les conteneurs</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>The timeline&apos;s charts</source>
        <translation>Les graphiques de la chronologie</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Connection secrets in the system keychain</source>
        <translation>Les secrets des connexions dans le trousseau du système</translation>
    </message>
    <message>
        <source>Protocol Buffers</source>
        <translation>Protocol Buffers</translation>
    </message>
    <message>
        <source>pprof and Pyroscope&apos;s API messages</source>
        <translation>pprof et les messages de l’API de Pyroscope</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>gzip-compressed profiles</source>
        <translation>Les profils compressés avec gzip</translation>
    </message>
    <message>
        <source>libdeflate</source>
        <translation>libdeflate</translation>
    </message>
    <message>
        <source>Fast gzip decompression</source>
        <translation>Décompression gzip rapide</translation>
    </message>
    <message>
        <source>Zstandard</source>
        <translation>Zstandard</translation>
    </message>
    <message>
        <source>Compressed profiles in the library</source>
        <translation>Les profils compressés de la bibliothèque</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>The profile library</source>
        <translation>La bibliothèque de profils</translation>
    </message>
    <message>
        <source>cpp-httplib</source>
        <translation>cpp-httplib</translation>
    </message>
    <message>
        <source>The Pyroscope-compatible server and client</source>
        <translation>Le serveur et le client compatibles avec Pyroscope</translation>
    </message>
    <message>
        <source>yaml-cpp</source>
        <translation>yaml-cpp</translation>
    </message>
    <message>
        <source>Scrape configurations</source>
        <translation>Les configurations de collecte (scrape)</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>TLS for server connections</source>
        <translation>TLS pour les connexions aux serveurs</translation>
    </message>
    <message>
        <source>About Pyrograph</source>
        <translation>À propos de Pyrograph</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;A flame graph workbench for profiles from pprof, perf, Chrome, Node.js, speedscope, Java Flight Recorder and Pyroscope.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Pyrograph is licensed under the Apache License 2.0. It links the libraries below; Qt Charts is offered under the GPL-3.0 only, so this executable as a whole is distributed under the terms of the GPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;Un atelier de graphiques de flammes pour les profils de pprof, perf, Chrome, Node.js, speedscope, Java Flight Recorder et Pyroscope.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Pyrograph est sous licence Apache 2.0. Il utilise les bibliothèques ci-dessous ; Qt Charts n’étant proposé que sous GPL-3.0, cet exécutable dans son ensemble est distribué selon les termes de la GPL-3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisée pour</translation>
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
        <translation>Exécuter COMMAND, enregistrer ses profils jusqu’à ce qu’il se termine, écrire un fichier par type de profil et par format dans DIR et stocker les profils dans la bibliothèque. L’entrée, la sortie, la sortie d’erreur et le code de sortie de COMMAND restent les siens.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Record with perf record -g (the default for a native executable).</source>
        <translation>Enregistrer avec perf record -g (par défaut pour un exécutable natif).</translation>
    </message>
    <message>
        <source>Receive COMMAND&apos;s Pyroscope SDK pushes on a free loopback port (PYROSCOPE_ADHOC_SERVER_ADDRESS; the default for a script).</source>
        <translation>Recevoir les envois du SDK Pyroscope de COMMAND sur un port loopback libre (PYROSCOPE_ADHOC_SERVER_ADDRESS ; par défaut pour un script).</translation>
    </message>
    <message>
        <source>Scrape COMMAND&apos;s Go net/http/pprof at URL (host:port) while it runs: cpu and allocs every 2 s, as serve --scrape does.</source>
        <translation>Interroger le net/http/pprof Go de COMMAND à l’URL (host:port) pendant son exécution : cpu et allocs toutes les 2 s, comme serve --scrape.</translation>
    </message>
    <message>
        <source>Attach perf to a running process until it exits or Ctrl+C.</source>
        <translation>Attacher perf à un processus en cours jusqu’à sa fin ou Ctrl+C.</translation>
    </message>
    <message>
        <source>The folder to write into (default: adhoc-COMMAND-TIME here).</source>
        <translation>Le dossier où écrire (par défaut : adhoc-COMMAND-TIME ici).</translation>
    </message>
    <message>
        <source>A format to write, repeatable: %1 (default html).</source>
        <translation>Un format à écrire, répétable : %1 (html par défaut).</translation>
    </message>
    <message>
        <source>Open the profiles in the window afterwards.</source>
        <translation>Ouvrir ensuite les profils dans la fenêtre.</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>Le fichier de bibliothèque (par défaut : celui du dossier de données).</translation>
    </message>
    <message>
        <source>The command to run, and its arguments.</source>
        <translation>La commande à exécuter et ses arguments.</translation>
    </message>
    <message>
        <source>--perf, --push, --pull and --pid are alternatives; give one</source>
        <translation>--perf, --push, --pull et --pid s’excluent ; en donner un seul</translation>
    </message>
    <message>
        <source>--pid wants a process id, got &quot;%1&quot;</source>
        <translation>--pid attend un identifiant de processus, reçu « %1 »</translation>
    </message>
    <message>
        <source>--pid records a running process; give no COMMAND with it</source>
        <translation>--pid enregistre un processus en cours ; ne donner aucune COMMAND avec</translation>
    </message>
    <message>
        <source>no command given: adhoc [OPTIONS] -- COMMAND [ARGS...]</source>
        <translation>aucune commande donnée : adhoc [OPTIONS] -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; the formats are: %2</source>
        <translation>format inconnu « %1 » ; les formats sont : %2</translation>
    </message>
    <message>
        <source>perf is not installed: install Debian&apos;s linux-perf package (apt install linux-perf)</source>
        <translation>perf n’est pas installé : installer le paquet Debian linux-perf (apt install linux-perf)</translation>
    </message>
    <message>
        <source>perf may not record: kernel.perf_event_paranoid is %1; allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run pyrograph adhoc as root</source>
        <translation>perf risque de ne pas pouvoir enregistrer : kernel.perf_event_paranoid vaut %1 ; l’autoriser avec « sysctl kernel.perf_event_paranoid=1 » ou exécuter pyrograph adhoc en root</translation>
    </message>
    <message>
        <source>adhoc --pid: no process %1</source>
        <translation>adhoc --pid : aucun processus %1</translation>
    </message>
    <message>
        <source>adhoc: %1: command not found</source>
        <translation>adhoc : %1 : commande introuvable</translation>
    </message>
    <message>
        <source>adhoc: cannot make the folder %1</source>
        <translation>adhoc : impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>adhoc --open: could not start the window</source>
        <translation>adhoc --open : impossible de lancer la fenêtre</translation>
    </message>
    <message>
        <source>adhoc: no temporary folder: %1</source>
        <translation>adhoc : pas de dossier temporaire : %1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf record recorded nothing (exit status %1). If it was refused, allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run as root; perf comes with Debian&apos;s linux-perf package</source>
        <translation>adhoc --perf : perf record n’a rien enregistré (code de sortie %1). S’il a été refusé, l’autoriser avec « sysctl kernel.perf_event_paranoid=1 » ou exécuter en root ; perf est fourni par le paquet Debian linux-perf</translation>
    </message>
    <message>
        <source>adhoc --perf: perf script failed: %1</source>
        <translation>adhoc --perf : échec de perf script : %1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf recorded no samples (did the command run long enough?)</source>
        <translation>adhoc --perf : perf n’a enregistré aucun échantillon (la commande a-t-elle tourné assez longtemps ?)</translation>
    </message>
    <message>
        <source>adhoc --pull: no profile could be scraped from %1 while %2 ran (does it serve net/http/pprof there?)</source>
        <translation>adhoc --pull : aucun profil n’a pu être récupéré depuis %1 pendant l’exécution de %2 (sert-il net/http/pprof à cet endroit ?)</translation>
    </message>
    <message>
        <source>adhoc --push: %1 pushed no profiles to %2 (does it use a Pyroscope SDK?)</source>
        <translation>adhoc --push : %1 n’a envoyé aucun profil à %2 (utilise-t-il un SDK Pyroscope ?)</translation>
    </message>
    <message>
        <source>pyrograph adhoc: %1 profiles %2, stored in %3</source>
        <translation>pyrograph adhoc : %1 profils %2, stockés dans %3</translation>
    </message>
    <message>
        <source>scraped</source>
        <translation>récupérés</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>reçus</translation>
    </message>
    <message>
        <source>pyrograph adhoc: stored as %1 in %2</source>
        <translation>pyrograph adhoc : stocké sous %1 dans %2</translation>
    </message>
    <message>
        <source>pyrograph adhoc: wrote %1</source>
        <translation>pyrograph adhoc : %1 écrit</translation>
    </message>
</context>
<context>
    <name>CallgrindImporter</name>
    <message>
        <source>the calls= line has no cost line after it</source>
        <translation>la ligne calls= n’est suivie d’aucune ligne de coût</translation>
    </message>
    <message>
        <source>%1: %2: no &quot;events:&quot; line</source>
        <translation>%1: %2: aucune ligne « events: »</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: ligne %3 : %4</translation>
    </message>
    <message>
        <source>the events: line names no event</source>
        <translation>la ligne events: ne nomme aucun événement</translation>
    </message>
    <message>
        <source>a second events: line with other events</source>
        <translation>une seconde ligne events: avec d’autres événements</translation>
    </message>
    <message>
        <source>name (%1) is used before it is defined</source>
        <translation>le nom (%1) est utilisé avant d’être défini</translation>
    </message>
    <message>
        <source>name (%1) is defined twice</source>
        <translation>le nom (%1) est défini deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is relative to column %2 of the previous cost line, which has none</source>
        <translation>« %1 » est relatif à la colonne %2 de la ligne de coût précédente, qui n’en a pas</translation>
    </message>
    <message>
        <source>the line after calls= is not a cost line</source>
        <translation>la ligne après calls= n’est pas une ligne de coût</translation>
    </message>
    <message>
        <source>not a header, an assignment or a cost line</source>
        <translation>ni un en-tête, ni une affectation, ni une ligne de coût</translation>
    </message>
    <message>
        <source>a cost line before the events: line</source>
        <translation>une ligne de coût avant la ligne events:</translation>
    </message>
    <message>
        <source>%1: %2: no cost lines</source>
        <translation>%1: %2: aucune ligne de coût</translation>
    </message>
</context>
<context>
    <name>ChromeCpuProfileImporter</name>
    <message>
        <source>no nodes</source>
        <translation>aucun nœud</translation>
    </message>
    <message>
        <source>node %1 has no id</source>
        <translation>le nœud %1 n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>node id %1 appears twice</source>
        <translation>l’identifiant de nœud %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>node %1 has an unknown child %2</source>
        <translation>le nœud %1 a un enfant inconnu %2</translation>
    </message>
    <message>
        <source>%1 samples but %2 timeDeltas</source>
        <translation>%1 échantillons mais %2 timeDeltas</translation>
    </message>
    <message>
        <source>startTime %1 is out of range</source>
        <translation>startTime %1 est hors limites</translation>
    </message>
    <message>
        <source>timeDeltas[%1] %2 takes the time out of range</source>
        <translation>timeDeltas[%1] %2 fait sortir le temps des limites</translation>
    </message>
    <message>
        <source>endTime %1 is out of range</source>
        <translation>endTime %1 est hors limites</translation>
    </message>
    <message>
        <source>%1 samples but %2 timestamps</source>
        <translation>%1 échantillons mais %2 timestamps</translation>
    </message>
    <message>
        <source>timestamps[%1] %2 is out of range</source>
        <translation>timestamps[%1] %2 est hors limites</translation>
    </message>
    <message>
        <source>samples without timeDeltas or timestamps</source>
        <translation>des échantillons sans timeDeltas ni timestamps</translation>
    </message>
    <message>
        <source>sample %1 is not a node id: %2</source>
        <translation>l’échantillon %1 n’est pas un identifiant de nœud : %2</translation>
    </message>
    <message>
        <source>the samples&apos; durations add up to more than %1 microseconds</source>
        <translation>les durées des échantillons totalisent plus de %1 microsecondes</translation>
    </message>
    <message>
        <source>%1 nodes name a parent that the profile does not define; their stacks start at the root</source>
        <translation>%1 nœuds nomment un parent que le profil ne définit pas ; leurs piles commencent à la racine</translation>
    </message>
    <message>
        <source>%1 samples name a node that the profile does not define; they count as &quot;(unknown node)&quot;</source>
        <translation>%1 échantillons nomment un nœud que le profil ne définit pas ; ils comptent comme « (unknown node) »</translation>
    </message>
    <message>
        <source>node %1 is its own ancestor</source>
        <translation>le nœud %1 est son propre ancêtre</translation>
    </message>
</context>
<context>
    <name>ChromeTraceImporter</name>
    <message>
        <source>%1 ProfileChunk events without their Profile event were skipped</source>
        <translation>%1 événements ProfileChunk sans leur événement Profile ont été ignorés</translation>
    </message>
    <message>
        <source>CPU profile %1 (pid %2, tid %3): %4</source>
        <translation>profil CPU %1 (pid %2, tid %3) : %4</translation>
    </message>
    <message>
        <source>sample %1 refers to stack frame %2, which is missing or in a cycle</source>
        <translation>l’échantillon %1 renvoie au frame de pile %2, absent ou dans un cycle</translation>
    </message>
    <message>
        <source>%1 X events without dur or tdur were skipped</source>
        <translation>%1 événements X sans dur ni tdur ont été ignorés</translation>
    </message>
    <message>
        <source>%1 E events matched no open B event and were ignored</source>
        <translation>%1 événements E ne correspondaient à aucun événement B ouvert et ont été ignorés</translation>
    </message>
    <message>
        <source>%1 B events were closed by the E event of an enclosing frame</source>
        <translation>%1 événements B ont été fermés par l’événement E d’un frame englobant</translation>
    </message>
    <message>
        <source>%1 B events were never closed and end at their thread&apos;s last timestamp</source>
        <translation>%1 événements B n’ont jamais été fermés et se terminent au dernier horodatage de leur thread</translation>
    </message>
    <message>
        <source>%1 events overlapped the end of their parent and were cut there</source>
        <translation>%1 événements dépassaient la fin de leur parent et y ont été coupés</translation>
    </message>
    <message>
        <source>expected an array of events or an object with &quot;traceEvents&quot;</source>
        <translation>attendu : un tableau d’événements ou un objet avec « traceEvents »</translation>
    </message>
    <message>
        <source>no B/E/X events, CPU profile or samples to show</source>
        <translation>aucun événement B/E/X, profil CPU ou échantillon à afficher</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>not a subcommand</source>
        <translation>pas une sous-commande</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: the profile has no sample types</source>
        <translation>%1: le profil n’a aucun type d’échantillon</translation>
    </message>
    <message>
        <source>%1: no sample type &quot;%2&quot;; the profile has: %3</source>
        <translation>%1: aucun type d’échantillon « %2 » ; le profil a : %3</translation>
    </message>
</context>
<context>
    <name>CollapsedImporter</name>
    <message>
        <source>%1: %2: no stack lines: the input is empty</source>
        <translation>%1: %2: aucune ligne de pile : l’entrée est vide</translation>
    </message>
    <message>
        <source>%1: %2: no valid stack line; line %3 is not &quot;frame;frame;... count&quot;: %4</source>
        <translation>%1: %2: aucune ligne de pile valide ; la ligne %3 n’est pas « frame;frame;... count » : %4</translation>
    </message>
    <message>
        <source>skipped %1 malformed line (first at line %2: %3)</source>
        <translation>%1 ligne mal formée ignorée (la première à la ligne %2 : %3)</translation>
    </message>
    <message>
        <source>skipped %1 malformed lines (first at line %2: %3)</source>
        <translation>%1 lignes mal formées ignorées (la première à la ligne %2 : %3)</translation>
    </message>
    <message>
        <source>rounded %1 fractional count to whole numbers (first at line %2)</source>
        <translation>%1 compte fractionnaire arrondi à l’entier (le premier à la ligne %2)</translation>
    </message>
    <message>
        <source>rounded %1 fractional counts to whole numbers (first at line %2)</source>
        <translation>%1 comptes fractionnaires arrondis à l’entier (le premier à la ligne %2)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the format, sample types, totals, node and function counts.</source>
        <translation>Afficher le format, les types d’échantillons, les totaux et le nombre de nœuds et de fonctions.</translation>
    </message>
    <message>
        <source>Print the function table, sorted by self.</source>
        <translation>Afficher le tableau des fonctions, trié par valeur propre (self).</translation>
    </message>
    <message>
        <source>Write the profile in the format that OUT&apos;s extension names.</source>
        <translation>Écrire le profil dans le format indiqué par l’extension de OUT.</translation>
    </message>
    <message>
        <source>Compare BASE with NEW: write the diff (-o OUT.json) or print it (--json).</source>
        <translation>Comparer BASE à NEW : écrire le diff (-o OUT.json) ou l’afficher (--json).</translation>
    </message>
    <message>
        <source>Print a library&apos;s or a timed profile&apos;s totals over time (--json: the series).</source>
        <translation>Afficher les totaux d’une bibliothèque ou d’un profil horodaté au fil du temps (--json : les séries).</translation>
    </message>
    <message>
        <source>Write a server&apos;s merge of a range in the format that OUT&apos;s extension names.</source>
        <translation>Écrire la fusion d’une plage d’un serveur dans le format indiqué par l’extension de OUT.</translation>
    </message>
    <message>
        <source>Add profiles to the profile library, list them, remove them.</source>
        <translation>Ajouter des profils à la bibliothèque de profils, les lister, les supprimer.</translation>
    </message>
    <message>
        <source>Run a command, record its profiles (perf or SDK pushes), write and store them.</source>
        <translation>Lancer une commande, enregistrer ses profils (perf ou envois SDK), les écrire et les stocker.</translation>
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
        <translation>Utilisation : %1 [FILE...] [--screenshot OUT.png ...]
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
        <translation>Le jeton d’accès (bearer) d’un serveur (par défaut : $PYROGRAPH_TOKEN).</translation>
    </message>
    <message>
        <source>A server&apos;s basic-auth user (default: $PYROSCOPE_BASIC_AUTH_USER).</source>
        <translation>L’utilisateur basic-auth d’un serveur (par défaut : $PYROSCOPE_BASIC_AUTH_USER).</translation>
    </message>
    <message>
        <source>That user&apos;s password (default: $PYROSCOPE_BASIC_AUTH_PASSWORD).</source>
        <translation>Le mot de passe de cet utilisateur (par défaut : $PYROSCOPE_BASIC_AUTH_PASSWORD).</translation>
    </message>
    <message>
        <source>A server&apos;s tenant, X-Scope-OrgID (default: $PYROSCOPE_TENANT_ID).</source>
        <translation>Le locataire d’un serveur, X-Scope-OrgID (par défaut : $PYROSCOPE_TENANT_ID).</translation>
    </message>
    <message>
        <source>Seconds a server may take to connect and to answer (default 30).</source>
        <translation>Secondes accordées à un serveur pour se connecter et répondre (30 par défaut).</translation>
    </message>
    <message>
        <source>https: the CA certificates (PEM) to trust instead of the system&apos;s.</source>
        <translation>https : les certificats d’autorité (PEM) à approuver au lieu de ceux du système.</translation>
    </message>
    <message>
        <source>https: trust the server&apos;s certificate with this SHA-256 fingerprint, though no CA signed it.</source>
        <translation>https : approuver le certificat du serveur ayant cette empreinte SHA-256, même si aucune autorité ne l’a signé.</translation>
    </message>
    <message>
        <source>--trust-fingerprint wants a SHA-256 fingerprint (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation>--trust-fingerprint attend une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points permis), reçu « %1 »</translation>
    </message>
    <message>
        <source>--timeout wants seconds (more than 0, at most a day), got &quot;%1&quot;</source>
        <translation>--timeout attend des secondes (plus de 0, au plus un jour), reçu « %1 »</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>The sample type (default: the profile&apos;s).</source>
        <translation>Le type d’échantillon (par défaut : celui du profil).</translation>
    </message>
    <message>
        <source>NEW&apos;s sample type, when it is named differently from BASE&apos;s (-t, or BASE&apos;s default); the units must match.</source>
        <translation>Le type d’échantillon de NEW, s’il porte un autre nom que celui de BASE (-t, ou celui de BASE par défaut) ; les unités doivent correspondre.</translation>
    </message>
    <message>
        <source>Print only the first N functions.</source>
        <translation>N’afficher que les N premières fonctions.</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>Le fichier à écrire ; son extension choisit le format.</translation>
    </message>
    <message>
        <source>SVG/PNG: the image width in pixels (SVG default 1200).</source>
        <translation>SVG/PNG : la largeur de l’image en pixels (1200 par défaut en SVG).</translation>
    </message>
    <message>
        <source>PNG: the image height in pixels (default 800).</source>
        <translation>PNG : la hauteur de l’image en pixels (800 par défaut).</translation>
    </message>
    <message>
        <source>PNG: device pixels per pixel (default 1).</source>
        <translation>PNG : pixels physiques par pixel (1 par défaut).</translation>
    </message>
    <message>
        <source>SVG: leave out boxes narrower than PX pixels (default 0.1).</source>
        <translation>SVG : omettre les cases plus étroites que PX pixels (0.1 par défaut).</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: the root on top.</source>
        <translation>SVG/HTML/PNG : la racine en haut.</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: colour by self (heat), as the window&apos;s &quot;By self&quot;.</source>
        <translation>SVG/HTML/PNG : colorer selon la valeur propre (chaleur), comme « Par valeur propre » dans la fenêtre.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s profile type and label selector: &apos;TYPE{selector}&apos;.</source>
        <translation>Le type de profil et le sélecteur d’étiquettes de SOURCE : &apos;TYPE{selector}&apos;.</translation>
    </message>
    <message>
        <source>The range&apos;s start: now-1h, unix seconds or ms, RFC 3339.</source>
        <translation>Le début de la plage : now-1h, secondes ou ms Unix, RFC 3339.</translation>
    </message>
    <message>
        <source>The range&apos;s end (default: now, or a file&apos;s end).</source>
        <translation>La fin de la plage (par défaut : maintenant, ou la fin d’un fichier).</translation>
    </message>
    <message>
        <source>Seconds per point (default: about 100 points).</source>
        <translation>Secondes par point (par défaut : environ 100 points).</translation>
    </message>
    <message>
        <source>One series per value of LABEL.</source>
        <translation>Une série par valeur de LABEL.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s baseline range.</source>
        <translation>La plage de référence de SOURCE.</translation>
    </message>
    <message>
        <source>SOURCE&apos;s range compared with it.</source>
        <translation>La plage de SOURCE comparée à celle-ci.</translation>
    </message>
    <message>
        <source>The baseline profile (with --base and --new: the SOURCE).</source>
        <translation>Le profil de référence (avec --base et --new : la SOURCE).</translation>
    </message>
    <message>
        <source>The profile compared with it (none with --base and --new).</source>
        <translation>Le profil comparé à celui-ci (aucun avec --base et --new).</translation>
    </message>
    <message>
        <source>A Pyroscope server: Grafana Pyroscope 1.x, Grafana Cloud Profiles or pyrograph serve.</source>
        <translation>Un serveur Pyroscope : Grafana Pyroscope 1.x, Grafana Cloud Profiles ou pyrograph serve.</translation>
    </message>
    <message>
        <source>A profile library, a profile file with sample times, or several profile files (each at its own time).</source>
        <translation>Une bibliothèque de profils, un fichier de profil avec les instants des échantillons, ou plusieurs fichiers de profil (chacun à son propre instant).</translation>
    </message>
    <message>
        <source>The profile to read (&quot;-&quot; reads stdin).</source>
        <translation>Le profil à lire (« - » lit l’entrée standard).</translation>
    </message>
    <message>
        <source>--base and --new go together</source>
        <translation>--base et --new vont ensemble</translation>
    </message>
    <message>
        <source>--query wants --base and --new</source>
        <translation>--query attend --base et --new</translation>
    </message>
    <message>
        <source>--step wants seconds (more than 0), got &quot;%1&quot;</source>
        <translation>--step attend des secondes (plus de 0), reçu « %1 »</translation>
    </message>
    <message>
        <source>--base and --new compare two ranges of one SOURCE, got %1 inputs</source>
        <translation>--base et --new comparent deux plages d’une même SOURCE, reçu %1 entrées</translation>
    </message>
    <message>
        <source>takes two input files, BASE and NEW, got %1</source>
        <translation>attend deux fichiers d’entrée, BASE et NEW, reçu %1</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>aucun fichier d’entrée indiqué</translation>
    </message>
    <message>
        <source>takes exactly one input file, got %1</source>
        <translation>attend exactement un fichier d’entrée, reçu %1</translation>
    </message>
    <message>
        <source>-n wants a count (0 or more), got &quot;%1&quot;</source>
        <translation>-n attend un nombre (0 ou plus), reçu « %1 »</translation>
    </message>
    <message>
        <source>--width and --height want whole pixels (1 to 100000), --scale a factor (0.01 to 16), --minwidth pixels (0 or more)</source>
        <translation>--width et --height attendent des pixels entiers (1 à 100000), --scale un facteur (0.01 à 16), --minwidth des pixels (0 ou plus)</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>aucun fichier de sortie indiqué (-o OUT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL (http:// or https://)</source>
        <translation>« %1 » n’est pas l’URL d’un serveur (http:// ou https://)</translation>
    </message>
    <message>
        <source>no query given (--query &apos;TYPE{selector}&apos;)</source>
        <translation>aucune requête indiquée (--query &apos;TYPE{selector}&apos;)</translation>
    </message>
    <message>
        <source>Pyrograph: a flamegraph workbench. Opens each FILE in a tab; see the subcommands below.</source>
        <translation>Pyrograph : un atelier de graphiques de flammes. Ouvre chaque FILE dans un onglet ; voir les sous-commandes ci-dessous.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Open the files (none: the welcome page), save the window to OUT.png once imported, exit.</source>
        <translation>Ouvrir les fichiers (aucun : la page d’accueil), enregistrer la fenêtre dans OUT.png une fois importés, quitter.</translation>
    </message>
    <message>
        <source>The window size for --screenshot.</source>
        <translation>La taille de la fenêtre pour --screenshot.</translation>
    </message>
    <message>
        <source>The view: flamegraph, table, both or sandwich; for a diff file also diff, side-by-side or diff-table.</source>
        <translation>La vue : flamegraph, table, both ou sandwich ; pour un fichier diff aussi diff, side-by-side ou diff-table.</translation>
    </message>
    <message>
        <source>Search for TEXT in every tab.</source>
        <translation>Rechercher TEXT dans chaque onglet.</translation>
    </message>
    <message>
        <source>Zoom to a call path, root first: &apos;main;serve;parse&apos;.</source>
        <translation>Zoomer sur un chemin d’appel, racine d’abord : &apos;main;serve;parse&apos;.</translation>
    </message>
    <message>
        <source>The flamegraph renderer: gl, raster or auto.</source>
        <translation>Le moteur de rendu du graphique de flammes : gl, raster ou auto.</translation>
    </message>
    <message>
        <source>Open SOURCE (a library, a profile with sample times or a server&apos;s URL) in the timeline window.</source>
        <translation>Ouvrir SOURCE (une bibliothèque, un profil avec les instants des échantillons ou l’URL d’un serveur) dans la fenêtre de chronologie.</translation>
    </message>
    <message>
        <source>Timeline: the profile type and label selector, &apos;TYPE{selector}&apos;.</source>
        <translation>Chronologie : le type de profil et le sélecteur d’étiquettes, &apos;TYPE{selector}&apos;.</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s start (now-1h, unix s or ms, RFC 3339).</source>
        <translation>Chronologie : le début de la requête (now-1h, s ou ms Unix, RFC 3339).</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s end.</source>
        <translation>Chronologie : la fin de la requête.</translation>
    </message>
    <message>
        <source>Timeline: select this range (its merge is shown).</source>
        <translation>Chronologie : sélectionner cette plage (sa fusion est affichée).</translation>
    </message>
    <message>
        <source>Timeline: compare --range with this range.</source>
        <translation>Chronologie : comparer --range à cette plage.</translation>
    </message>
    <message>
        <source>Timeline: show a file&apos;s subsecond heatmap (FlameScope).</source>
        <translation>Chronologie : afficher la heatmap sub-seconde d’un fichier (FlameScope).</translation>
    </message>
    <message>
        <source>Timeline: the label breakdown by LABEL.</source>
        <translation>Chronologie : la ventilation par LABEL.</translation>
    </message>
    <message>
        <source>Profiles to open (&quot;-&quot; reads stdin).</source>
        <translation>Profils à ouvrir (« - » lit l’entrée standard).</translation>
    </message>
    <message>
        <source>Subcommands (no display needed):</source>
        <translation>Sous-commandes (sans affichage) :</translation>
    </message>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API over a profile library (push, pull, query).</source>
        <translation>Servir l’API de Grafana Pyroscope sur une bibliothèque de profils (push, pull, requêtes).</translation>
    </message>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof.</source>
        <translation>Prendre un profil du net/http/pprof d’un programme Go.</translation>
    </message>
    <message>
        <source>the timeline wants a SOURCE</source>
        <translation>la chronologie attend une SOURCE</translation>
    </message>
    <message>
        <source>--compare wants --range</source>
        <translation>--compare attend --range</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT (e.g. 1600x900), got &quot;%1&quot;</source>
        <translation>--size attend LARGEURxHAUTEUR (p. ex. 1600x900), reçu « %1 »</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; the views are: %2</source>
        <translation>vue inconnue « %1 » ; les vues sont : %2</translation>
    </message>
    <message>
        <source>--zoom wants a call path, root first: &apos;main;serve&apos;</source>
        <translation>--zoom attend un chemin d’appel, racine d’abord : &apos;main;serve&apos;</translation>
    </message>
    <message>
        <source>unknown renderer &quot;%1&quot;; the renderers are: gl, raster, auto</source>
        <translation>moteur de rendu inconnu « %1 » ; les moteurs sont : gl, raster, auto</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Pyrograph already runs (without it, the FILEs open as tabs of the running window).</source>
        <translation>Ouvrir une fenêtre à part, même si Pyrograph tourne déjà (sans cette option, les FILE s’ouvrent dans des onglets de la fenêtre ouverte).</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (référence)</translation>
    </message>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (comparaison)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Profiles</source>
        <translation>Comparer des profils</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Comparaison :</translation>
    </message>
    <message>
        <source>Baseline sample type:</source>
        <translation>Type d’échantillon de la référence :</translation>
    </message>
    <message>
        <source>Comparison sample type:</source>
        <translation>Type d’échantillon de la comparaison :</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Baseline Profile</source>
        <translation>Profil de référence</translation>
    </message>
    <message>
        <source>Comparison Profile</source>
        <translation>Profil de comparaison</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Choose the two profiles to compare: open tabs or files of any format.</source>
        <translation>Choisissez les deux profils à comparer : onglets ouverts ou fichiers de tout format.</translation>
    </message>
    <message>
        <source>Choose the sample type of each profile.</source>
        <translation>Choisissez le type d’échantillon de chaque profil.</translation>
    </message>
    <message>
        <source>Cannot compare %1 (%2 in %3) with %4 (%5 in %6): the units differ. Choose sample types with the same unit.</source>
        <translation>Impossible de comparer %1 (%2 en %3) à %4 (%5 en %6) : les unités diffèrent. Choisissez des types d’échantillons de même unité.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source> — %1 total</source>
        <translation> — %1 au total</translation>
    </message>
    <message>
        <source>Baseline flame graph</source>
        <translation>Graphique de flammes de référence</translation>
    </message>
    <message>
        <source>Comparison flame graph</source>
        <translation>Graphique de flammes de comparaison</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>l’hôte de l’URL</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton d’accès (bearer)</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>X-Scope-OrgID, if the server has tenants</source>
        <translation>X-Scope-OrgID, si le serveur a des locataires</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>https: the system&apos;s CAs</source>
        <translation>https : les autorités du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat d’autorité</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Enregistrées :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>L’URL doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>No certificate authority this system trusts signed the certificate of %1.

SHA-256 fingerprint:
%2

Trust it only if this is your server&apos;s certificate (compare the fingerprint with the server&apos;s).</source>
        <translation>Aucune autorité de certification approuvée par ce système n’a signé le certificat de %1.

Empreinte SHA-256 :
%2

Ne l’approuvez que s’il s’agit du certificat de votre serveur (comparez l’empreinte avec celle du serveur).</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>Approuver ce certificat</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the secret of &quot;%1&quot; (%2).

Store it in Pyrograph&apos;s settings file as plain text, readable by anyone who can read that file? Otherwise you type it again next time.</source>
        <translation>Aucun trousseau système n’est disponible pour garder le secret de « %1 » (%2).

L’enregistrer en clair dans le fichier de réglages de Pyrograph, lisible par quiconque peut lire ce fichier ? Sinon, vous le saisirez à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>DiffBuilder</name>
    <message>
        <source>no sample types</source>
        <translation>aucun type d’échantillon</translation>
    </message>
    <message>
        <source>%1 has no sample types</source>
        <translation>%1 n’a aucun type d’échantillon</translation>
    </message>
    <message>
        <source>%1 has no sample type &quot;%2&quot;; it has: %3</source>
        <translation>%1 n’a pas de type d’échantillon « %2 » ; il a : %3</translation>
    </message>
    <message>
        <source>%1 and %2 have no sample type in common (%1: %3; %2: %4); choose which to compare</source>
        <translation>%1 et %2 n’ont aucun type d’échantillon en commun (%1 : %3 ; %2 : %4) ; choisissez ce qu’il faut comparer</translation>
    </message>
    <message>
        <source>%1 has no sample type %2</source>
        <translation>%1 n’a pas de type d’échantillon %2</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: the units differ (%1: %3, %2: %4)</source>
        <translation>impossible de comparer %1 à %2 : les unités diffèrent (%1 : %3, %2 : %4)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <source>%1: unknown diff output format; the supported extensions are: %2</source>
        <translation>%1: format de sortie de comparaison inconnu ; les extensions prises en charge sont : %2</translation>
    </message>
    <message>
        <source>sample type: %1/%2, baseline: %3, comparison: %4</source>
        <translation>type d’échantillon : %1/%2, référence : %3, comparaison : %4</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <source>change</source>
        <translation>variation</translation>
    </message>
    <message>
        <source>change%</source>
        <translation>variation%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>DiffLegend</name>
    <message>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s share of its profile&apos;s total (relative)</source>
        <translation>Variation de la part de chaque fonction dans le total de son profil (relative)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s value (absolute)</source>
        <translation>Variation de la valeur de chaque fonction (absolue)</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Baseline self</source>
        <translation>Valeur propre de référence</translation>
    </message>
    <message>
        <source>Comparison self</source>
        <translation>Valeur propre de comparaison</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change % (share)</source>
        <translation>Variation % (part)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variation %</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Diff flamegraph</source>
        <translation>Graphique de flammes des différences</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Diff table</source>
        <translation>Tableau des différences</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>Valeurs absolues</translation>
    </message>
    <message>
        <source>Compare raw values instead of each function&apos;s share of its profile&apos;s total</source>
        <translation>Comparer les valeurs brutes au lieu de la part de chaque fonction dans le total de son profil</translation>
    </message>
    <message>
        <source> Colours: </source>
        <translation> Couleurs : </translation>
    </message>
    <message>
        <source>Green to red</source>
        <translation>Du vert au rouge</translation>
    </message>
    <message>
        <source>Blue to red (colour-blind)</source>
        <translation>Du bleu au rouge (daltoniens)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in a flamegraph)</source>
        <translation>Afficher tout l’arbre (Échap dans un graphique de flammes)</translation>
    </message>
    <message>
        <source>Diff flame graph</source>
        <translation>Graphique de flammes des différences</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: format d’export inconnu ; les extensions prises en charge sont : %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>Il n’y a aucun profil à exporter.</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Un export est encore en cours.</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1 : format d’export inconnu ; les extensions prises en charge sont : %2</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Containing Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: format d’export inconnu ; les extensions prises en charge sont : %2</translation>
    </message>
</context>
<context>
    <name>FlameGraphAccessible</name>
    <message>
        <source>Flame graph</source>
        <translation>Graphique de flammes</translation>
    </message>
    <message>
        <source>No box selected: the arrow keys move through the boxes, Enter zooms in, Escape zooms out.</source>
        <translation>Aucune case sélectionnée : les flèches parcourent les cases, Entrée zoome, Échap dézoome.</translation>
    </message>
</context>
<context>
    <name>FlameGraphView</name>
    <message>
        <source>Click: zoom in · Esc: zoom out · Ctrl+wheel: zoom · drag: pan · wheel: scroll</source>
        <translation>Clic : zoomer · Échap : dézoomer · Ctrl+molette : zoom · glisser : déplacer · molette : défiler</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
</context>
<context>
    <name>FlameToolTip</name>
    <message>
        <source>Total: %1 (%2 of all, %3 of parent)</source>
        <translation>Total : %1 (%2 de l’ensemble, %3 de l’appelant)</translation>
    </message>
    <message>
        <source>Total: %1 (%2 of all)</source>
        <translation>Total : %1 (%2 de l’ensemble)</translation>
    </message>
    <message>
        <source>Self: %1 (%2 of all)</source>
        <translation>Propre : %1 (%2 de l’ensemble)</translation>
    </message>
    <message numerus="yes">
        <source>%n functions, each too narrow to show; click to zoom in to them</source>
        <translation>
            <numerusform>%n fonction, trop étroite pour être affichée ; cliquez pour zoomer dessus</numerusform>
            <numerusform>%n fonctions, chacune trop étroite pour être affichée ; cliquez pour zoomer dessus</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouvelle)</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (supprimée)</translation>
    </message>
    <message>
        <source>Baseline: %1 (%2 of %3)</source>
        <translation>Référence : %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Comparison: %1 (%2 of %3)</source>
        <translation>Comparaison : %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Change: %1 (share %2%3 points, %4 relative)</source>
        <translation>Variation : %1 (part %2%3 points, %4 en relatif)</translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation>Variation : %1 (%2)</translation>
    </message>
    <message>
        <source>Only in the comparison: not called in the baseline.</source>
        <translation>Seulement dans la comparaison : non appelée dans la référence.</translation>
    </message>
    <message>
        <source>Only in the baseline: no longer called in the comparison.</source>
        <translation>Seulement dans la référence : plus appelée dans la comparaison.</translation>
    </message>
</context>
<context>
    <name>FlamebearerImporter</name>
    <message>
        <source>level %1 has %2 values, not a multiple of %3</source>
        <translation>le niveau %1 a %2 valeurs, pas un multiple de %3</translation>
    </message>
    <message>
        <source>level %1, value %2 is not an integer</source>
        <translation>niveau %1, la valeur %2 n’est pas un entier</translation>
    </message>
    <message>
        <source>level %1, node %2: name index %3 outside names[0..%4)</source>
        <translation>niveau %1, nœud %2 : indice de nom %3 hors de names[0..%4)</translation>
    </message>
    <message>
        <source>level %1, node %2: negative total</source>
        <translation>niveau %1, nœud %2 : total négatif</translation>
    </message>
    <message>
        <source>level %1: the node at x=%2 (width %3) lies in no node of level %4</source>
        <translation>niveau %1 : le nœud en x=%2 (largeur %3) n’est dans aucun nœud du niveau %4</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>no &quot;flamebearer&quot; or &quot;flamegraph&quot; object</source>
        <translation>aucun objet « flamebearer » ni « flamegraph »</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <source>no levels</source>
        <translation>aucun niveau</translation>
    </message>
    <message>
        <source>the flamegraph is empty (no samples)</source>
        <translation>le graphe de flammes est vide (aucun échantillon)</translation>
    </message>
    <message>
        <source>the nodes add up to %1, not the %2 that the file gives as its total</source>
        <translation>les nœuds totalisent %1, et non les %2 que le fichier donne comme total</translation>
    </message>
</context>
<context>
    <name>FoldedWriter</name>
    <message>
        <source>%1: no sample type %2</source>
        <translation>%1: aucun type d’échantillon %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: échec de l’écriture : %2</translation>
    </message>
</context>
<context>
    <name>FunctionActions</name>
    <message>
        <source>Focus on this function</source>
        <translation>Se concentrer sur cette fonction</translation>
    </message>
    <message>
        <source>Collapse this function</source>
        <translation>Replier cette fonction</translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation>Copier le nom de la fonction</translation>
    </message>
    <message>
        <source>Show in sandwich view</source>
        <translation>Afficher dans la vue sandwich</translation>
    </message>
</context>
<context>
    <name>FunctionTableModel</name>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Propre</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>Propre %</translation>
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
        <translation>%1.stackTable : %2 préfixes pour %3 frames</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 %4</source>
        <translation>%1.samples : %2 piles mais %3 %4</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 weights</source>
        <translation>%1.samples : %2 piles mais %3 poids</translation>
    </message>
    <message>
        <source>%1.funcTable.name[%2]: %3 is not in the string array (%4 strings)</source>
        <translation>%1.funcTable.name[%2] : %3 n’est pas dans le tableau de chaînes (%4 chaînes)</translation>
    </message>
    <message>
        <source>%1.stackTable.prefixOffset[%2]: %3 reaches before the first stack</source>
        <translation>%1.stackTable.prefixOffset[%2] : %3 remonte avant la première pile</translation>
    </message>
    <message>
        <source>%1.stackTable.prefix[%2]: %3 is not an earlier stack</source>
        <translation>%1.stackTable.prefix[%2] : %3 n’est pas une pile antérieure</translation>
    </message>
    <message>
        <source>%1.stackTable.frame[%2]: %3 is not in the frameTable (%4 frames)</source>
        <translation>%1.stackTable.frame[%2] : %3 n’est pas dans la frameTable (%4 frames)</translation>
    </message>
    <message>
        <source>%1.frameTable.func[%2]: %3 is not in the funcTable (%4 functions)</source>
        <translation>%1.frameTable.func[%2] : %3 n’est pas dans la funcTable (%4 fonctions)</translation>
    </message>
    <message>
        <source>%1.samples.%2[%3] is not a number</source>
        <translation>%1.samples.%2[%3] n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1.samples.stack[%2]: %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1.samples.stack[%2] : %3 n’est pas dans la stackTable (%4 piles)</translation>
    </message>
    <message>
        <source>%1.samples.weight[%2] is not a number</source>
        <translation>%1.samples.weight[%2] n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1: %2 (processed, version %3): %4</source>
        <translation>%1: %2 (traité, version %3) : %4</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>attendu : un tableau « threads »</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 n’est pas un objet thread</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>aucun échantillon dans aucun thread</translation>
    </message>
</context>
<context>
    <name>GeckoProfileImporter</name>
    <message>
        <source>%1: expected samples, stackTable and frameTable with &quot;data&quot; arrays</source>
        <translation>%1: attendu : samples, stackTable et frameTable avec des tableaux « data »</translation>
    </message>
    <message>
        <source>%1: frameTable.data[%2]: location %3 is not in the stringTable (%4 strings)</source>
        <translation>%1: frameTable.data[%2] : l’emplacement %3 n’est pas dans la stringTable (%4 chaînes)</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: prefix %3 is not an earlier stack</source>
        <translation>%1: stackTable.data[%2] : le préfixe %3 n’est pas une pile antérieure</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: frame %3 is not in the frameTable (%4 frames)</source>
        <translation>%1: stackTable.data[%2] : le frame %3 n’est pas dans la frameTable (%4 frames)</translation>
    </message>
    <message>
        <source>%1: startTime %2 is out of range</source>
        <translation>%1: startTime %2 est hors limites</translation>
    </message>
    <message>
        <source>%1: samples.data[%2] has no time</source>
        <translation>%1: samples.data[%2] n’a pas de temps</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: stack %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1: samples.data[%2] : la pile %3 n’est pas dans la stackTable (%4 piles)</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: time %3 is out of range</source>
        <translation>%1: samples.data[%2] : le temps %3 est hors limites</translation>
    </message>
    <message>
        <source>%1: the samples&apos; durations add up to more than 2^62 ns</source>
        <translation>%1: les durées des échantillons totalisent plus de 2^62 ns</translation>
    </message>
    <message>
        <source>%1: processes nest deeper than 16 levels</source>
        <translation>%1: les processus sont imbriqués sur plus de 16 niveaux</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 n’est pas un objet thread</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array in &quot;profile&quot;</source>
        <translation>attendu : un tableau « threads » dans « profile »</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>attendu : un tableau « threads »</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>aucun échantillon dans aucun thread</translation>
    </message>
</context>
<context>
    <name>GhcProfImporter</name>
    <message>
        <source>cost_centres[%1] has no numeric &quot;id&quot;</source>
        <translation>cost_centres[%1] n’a pas d’« id » numérique</translation>
    </message>
    <message>
        <source>%1: cost centre %2 is not in cost_centres</source>
        <translation>%1: le centre de coût %2 n’est pas dans cost_centres</translation>
    </message>
    <message>
        <source>%1: &quot;children&quot; is not an array</source>
        <translation>%1: « children » n’est pas un tableau</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of 0 or more</source>
        <translation>%1: « %2 » n’est pas un nombre positif ou nul</translation>
    </message>
    <message>
        <source>no &quot;cost_centres&quot; array</source>
        <translation>aucun tableau « cost_centres »</translation>
    </message>
    <message>
        <source>no &quot;profile&quot; object</source>
        <translation>aucun objet « profile »</translation>
    </message>
    <message>
        <source>no positive &quot;tick_interval&quot;</source>
        <translation>aucun « tick_interval » positif</translation>
    </message>
    <message>
        <source>line %1: the tree has no ticks and bytes columns and the report gives no &quot;total time&quot; and &quot;total alloc&quot;</source>
        <translation>ligne %1 : l’arbre n’a pas de colonnes ticks et bytes, et le rapport ne donne ni « total time » ni « total alloc »</translation>
    </message>
    <message>
        <source>line %1: expected %2 columns, found %3</source>
        <translation>ligne %1 : %2 colonnes attendues, %3 trouvées</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a cost-centre row</source>
        <translation>ligne %1 : « %2 » n’est pas une ligne de centre de coût</translation>
    </message>
    <message>
        <source>line %1: %time or %alloc is not a percentage</source>
        <translation>ligne %1 : %time ou %alloc n’est pas un pourcentage</translation>
    </message>
    <message>
        <source>no cost-centre tree (a &quot;COST CENTRE ... no. entries&quot; header)</source>
        <translation>aucun arbre de centres de coût (un en-tête « COST CENTRE ... no. entries »)</translation>
    </message>
    <message>
        <source>the report has no ticks and bytes columns (+RTS -p rather than -P): cpu and alloc are estimated from the rounded percentages of %1 rows</source>
        <translation>le rapport n’a pas de colonnes ticks et bytes (+RTS -p plutôt que -P) : cpu et alloc sont estimés à partir des pourcentages arrondis de %1 lignes</translation>
    </message>
    <message>
        <source>%1: %2: no cost centre has ticks, allocation or entries</source>
        <translation>%1: %2: aucun centre de coût n’a de ticks, d’allocations ni d’entrées</translation>
    </message>
</context>
<context>
    <name>GzipStreamWriter</name>
    <message>
        <source>%1: zlib did not start</source>
        <translation>%1: zlib n’a pas démarré</translation>
    </message>
    <message>
        <source>%1: deflate failed</source>
        <translation>%1: échec de deflate</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Boxes are coloured by their self value (what the frame spends itself, not in its callees) against the largest self in the profile: pale yellow for none, red for the largest (%1).</source>
        <translation>Les cases sont colorées selon leur valeur propre (ce que le frame dépense lui-même, hors appelés) rapportée à la plus grande du profil : jaune pâle pour aucune, rouge pour la plus grande (%1).</translation>
    </message>
    <message>
        <source>Self (heat)</source>
        <translation>Propre (chaleur)</translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <source>%1 (%2) exceeds the limit of %3; raise it with %4 if the input is trusted</source>
        <translation>%1 (%2) dépasse la limite de %3 ; l’augmenter avec %4 si l’entrée est de confiance</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>file: %1</source>
        <translation>fichier : %1</translation>
    </message>
    <message>
        <source>format: %1 (diff)</source>
        <translation>format : %1 (comparaison)</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>format : %1</translation>
    </message>
    <message>
        <source>sample types:</source>
        <translation>types d’échantillon :</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[par défaut]</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>nœuds : %1</translation>
    </message>
    <message>
        <source>functions: %1</source>
        <translation>fonctions : %1</translation>
    </message>
    <message>
        <source>max depth: %1</source>
        <translation>profondeur maximale : %1</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>heure : %1</translation>
    </message>
    <message>
        <source>duration: %1</source>
        <translation>durée : %1</translation>
    </message>
    <message>
        <source>period: %1 (%2/%3)</source>
        <translation>période : %1 (%2/%3)</translation>
    </message>
    <message>
        <source>spy: %1</source>
        <translation>spy : %1</translation>
    </message>
    <message>
        <source>sample rate: %1 Hz</source>
        <translation>fréquence d’échantillonnage : %1 Hz</translation>
    </message>
    <message>
        <source>labels:</source>
        <translation>étiquettes :</translation>
    </message>
    <message>
        <source>sample label keys: %1</source>
        <translation>clés d’étiquettes des échantillons : %1</translation>
    </message>
    <message>
        <source>comments:</source>
        <translation>commentaires :</translation>
    </message>
    <message>
        <source>warnings:</source>
        <translation>avertissements :</translation>
    </message>
</context>
<context>
    <name>InputStream</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: impossible d’ouvrir : %2</translation>
    </message>
    <message>
        <source>%1: cannot seek back: %2</source>
        <translation>%1: retour en arrière impossible : %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: erreur de lecture : %2</translation>
    </message>
    <message>
        <source>%1: %2: cannot initialise zlib</source>
        <translation>%1: %2: impossible d’initialiser zlib</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb (--max-decompressed raises the limit)</source>
        <translation>%1: les données %2 se décompressent au-delà de %3 octets : refus d’une probable bombe de décompression (--max-decompressed augmente la limite)</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb</source>
        <translation>%1: les données %2 se décompressent au-delà de %3 octets : refus d’une probable bombe de décompression</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data at byte %3: %4</source>
        <translation>%1: %2: données compressées corrompues à l’octet %3 : %4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a member</source>
        <translation>%1: %2: tronqué : les données compressées s’arrêtent à l’octet %3 au milieu d’un membre</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data near byte %3: %4</source>
        <translation>%1: %2: données compressées corrompues vers l’octet %3 : %4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a frame</source>
        <translation>%1: %2: tronqué : les données compressées s’arrêtent à l’octet %3 au milieu d’une trame</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>another instance listens on %1</source>
        <translation>une autre instance écoute sur %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d’écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>InstrumentsImporter</name>
    <message>
        <source>weight &quot;%1 %2&quot; is out of range</source>
        <translation>le poids « %1 %2 » est hors limites</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>unité inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1: %2: line 1 is not a deep copy header (a weight column and &quot;Symbol Name&quot;)</source>
        <translation>%1: %2: la ligne 1 n’est pas un en-tête de deep copy (une colonne de poids et « Symbol Name »)</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: ligne %3 : %4</translation>
    </message>
    <message>
        <source>%1: %2: no rows under the header</source>
        <translation>%1: %2: aucune ligne sous l’en-tête</translation>
    </message>
    <message>
        <source>%1: %2: line %3 is indented %4 deep under a frame at depth %5</source>
        <translation>%1: %2: la ligne %3 est indentée de %4 sous un frame de profondeur %5</translation>
    </message>
</context>
<context>
    <name>JfrByteReader</name>
    <message>
        <source>truncated chunk: %1 bytes needed, %2 left</source>
        <translation>chunk tronqué : %1 octets nécessaires, %2 restants</translation>
    </message>
    <message>
        <source>%1 %2 is outside its chunk (bytes %3 to %4)</source>
        <translation>%1 %2 est hors de son chunk (octets %3 à %4)</translation>
    </message>
    <message>
        <source>truncated chunk inside a compressed integer</source>
        <translation>chunk tronqué au milieu d’un entier compressé</translation>
    </message>
    <message>
        <source>%1 %2 is more than the %3 bytes left in the chunk</source>
        <translation>%1 %2 dépasse les %3 octets restants du chunk</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the chunk (%3 left)</source>
        <translation>%1 de %2 octets dépasse le chunk (%3 restants)</translation>
    </message>
    <message>
        <source>constant pool offset</source>
        <translation>offset du pool de constantes</translation>
    </message>
    <message>
        <source>constant pool count</source>
        <translation>nombre de pools de constantes</translation>
    </message>
    <message>
        <source>constant count</source>
        <translation>nombre de constantes</translation>
    </message>
    <message>
        <source>constant offset</source>
        <translation>offset de constante</translation>
    </message>
    <message>
        <source>event offset</source>
        <translation>offset d’événement</translation>
    </message>
    <message>
        <source>metadata attribute count</source>
        <translation>nombre d’attributs de métadonnées</translation>
    </message>
    <message>
        <source>metadata child count</source>
        <translation>nombre d’enfants de métadonnées</translation>
    </message>
    <message>
        <source>metadata string count</source>
        <translation>nombre de chaînes de métadonnées</translation>
    </message>
    <message>
        <source>metadata string length</source>
        <translation>longueur de chaîne de métadonnées</translation>
    </message>
    <message>
        <source>metadata string</source>
        <translation>chaîne de métadonnées</translation>
    </message>
    <message>
        <source>metadata offset</source>
        <translation>offset des métadonnées</translation>
    </message>
    <message>
        <source>string length</source>
        <translation>longueur de chaîne</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>array length</source>
        <translation>longueur de tableau</translation>
    </message>
</context>
<context>
    <name>JfrConstantPools</name>
    <message>
        <source>the constant pool chain comes back to the checkpoint at byte %1</source>
        <translation>la chaîne des pools de constantes revient au checkpoint à l’octet %1</translation>
    </message>
    <message>
        <source>checkpoint event size %1 runs past its chunk</source>
        <translation>la taille d’événement checkpoint %1 dépasse son chunk</translation>
    </message>
    <message>
        <source>the constant pool offset points at an event of type %1, not at a checkpoint (type 1)</source>
        <translation>l’offset du pool de constantes pointe sur un événement de type %1, pas sur un checkpoint (type 1)</translation>
    </message>
    <message>
        <source>a constant pool of the undeclared type id %1</source>
        <translation>un pool de constantes du type non déclaré %1</translation>
    </message>
    <message>
        <source>checkpoint event runs past its size of %1 bytes</source>
        <translation>l’événement checkpoint dépasse sa taille de %1 octets</translation>
    </message>
</context>
<context>
    <name>JfrImporter</name>
    <message>
        <source>%1: %2: no execution, allocation, lock or park events in %3 chunk(s)</source>
        <translation>%1: %2: aucun événement d’exécution, d’allocation, de verrou ou de park dans %3 chunk(s)</translation>
    </message>
</context>
<context>
    <name>JfrMetadata</name>
    <message>
        <source>metadata string index %1 is not one of its %2 strings</source>
        <translation>l’indice de chaîne de métadonnées %1 n’est pas l’une de ses %2 chaînes</translation>
    </message>
    <message>
        <source>metadata nested deeper than %1</source>
        <translation>métadonnées imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>metadata event size %1 runs past its chunk</source>
        <translation>la taille d’événement de métadonnées %1 dépasse son chunk</translation>
    </message>
    <message>
        <source>the metadata offset points at an event of type %1, not at the metadata event (type 0)</source>
        <translation>l’offset des métadonnées pointe sur un événement de type %1, pas sur l’événement de métadonnées (type 0)</translation>
    </message>
    <message>
        <source>metadata string with encoding %1</source>
        <translation>chaîne de métadonnées avec l’encodage %1</translation>
    </message>
    <message>
        <source>the metadata&apos;s first element is &quot;%1&quot;, not &quot;root&quot;</source>
        <translation>le premier élément des métadonnées est « %1 », pas « root »</translation>
    </message>
    <message>
        <source>metadata class id &quot;%1&quot; is not a number</source>
        <translation>l’identifiant de classe de métadonnées « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>metadata field class &quot;%1&quot; is not a number</source>
        <translation>la classe de champ de métadonnées « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>metadata declares class id %1 twice</source>
        <translation>les métadonnées déclarent deux fois l’identifiant de classe %1</translation>
    </message>
    <message>
        <source>the metadata event runs past its size of %1 bytes</source>
        <translation>l’événement de métadonnées dépasse sa taille de %1 octets</translation>
    </message>
    <message>
        <source>field %1.%2 has the undeclared type id %3</source>
        <translation>le champ %1.%2 a le type non déclaré %3</translation>
    </message>
</context>
<context>
    <name>JfrRecordingReader</name>
    <message>
        <source>truncated chunk header: %1 of %2 bytes</source>
        <translation>en-tête de chunk tronqué : %1 octets sur %2</translation>
    </message>
    <message>
        <source>no chunk magic &quot;FLR\0&quot;</source>
        <translation>pas de signature de chunk « FLR\0 »</translation>
    </message>
    <message>
        <source>unsupported JFR version %1</source>
        <translation>version JFR %1 non prise en charge</translation>
    </message>
    <message>
        <source>truncated chunk: its header says %1 bytes, %2 are left</source>
        <translation>chunk tronqué : son en-tête annonce %1 octets, il en reste %2</translation>
    </message>
    <message>
        <source>constant pool offset %1 is outside its chunk of %2 bytes</source>
        <translation>l’offset du pool de constantes %1 est hors de son chunk de %2 octets</translation>
    </message>
    <message>
        <source>metadata offset %1 is outside its chunk of %2 bytes</source>
        <translation>l’offset des métadonnées %1 est hors de son chunk de %2 octets</translation>
    </message>
    <message>
        <source>ticks per second %1 is not positive</source>
        <translation>le nombre de ticks par seconde %1 n’est pas positif</translation>
    </message>
    <message>
        <source>event size %1 runs past its chunk (%2 bytes left)</source>
        <translation>la taille d’événement %1 dépasse son chunk (%2 octets restants)</translation>
    </message>
    <message>
        <source>event runs past its size of %1 bytes</source>
        <translation>l’événement dépasse sa taille de %1 octets</translation>
    </message>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 à l’octet %4</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: %2: the file holds no chunk</source>
        <translation>%1: %2: le fichier ne contient aucun chunk</translation>
    </message>
</context>
<context>
    <name>JfrValueReader</name>
    <message>
        <source>more values than a chunk of this size can hold (a loop of empty values?)</source>
        <translation>plus de valeurs qu’un chunk de cette taille ne peut en contenir (une boucle de valeurs vides ?)</translation>
    </message>
    <message>
        <source>string with the unknown encoding %1</source>
        <translation>chaîne avec l’encodage inconnu %1</translation>
    </message>
    <message>
        <source>values nested deeper than %1</source>
        <translation>valeurs imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a value of the undeclared type id %1</source>
        <translation>une valeur du type non déclaré %1</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>%1: %2: invalid JSON at byte %3: %4</source>
        <translation>%1: %2: JSON non valide à l’octet %3 : %4</translation>
    </message>
    <message>
        <source>%1: %2: expected a JSON object at the top</source>
        <translation>%1: %2: un objet JSON est attendu au premier niveau</translation>
    </message>
</context>
<context>
    <name>LabelFitBox</name>
    <message>
        <source>Which end of a long name a label keeps: head first &quot;github.com/org/repo/pkg/sto…&quot;, tail first &quot;…storage.(*Writer).Flush&quot;. Auto takes the tail when most names are package-qualified (Go, Java).</source>
        <translation>Quelle extrémité d’un nom long l’étiquette garde : début d’abord « github.com/org/repo/pkg/sto… », fin d’abord « …storage.(*Writer).Flush ». Auto prend la fin quand la plupart des noms sont qualifiés par leur paquet (Go, Java).</translation>
    </message>
    <message>
        <source>Head first</source>
        <translation>Début d’abord</translation>
    </message>
    <message>
        <source>Tail first</source>
        <translation>Fin d’abord</translation>
    </message>
    <message>
        <source>Auto: tail first</source>
        <translation>Auto : fin d’abord</translation>
    </message>
    <message>
        <source>Auto: head first</source>
        <translation>Auto : début d’abord</translation>
    </message>
</context>
<context>
    <name>LabelSelector</name>
    <message>
        <source>expected a quoted value at position %1</source>
        <translation>valeur entre guillemets attendue à la position %1</translation>
    </message>
    <message>
        <source>unknown escape \%1 at position %2</source>
        <translation>échappement inconnu \%1 à la position %2</translation>
    </message>
    <message>
        <source>unterminated quoted value at position %1</source>
        <translation>valeur entre guillemets non terminée à la position %1</translation>
    </message>
    <message>
        <source>expected a metric name or &apos;{&apos; at position %1</source>
        <translation>nom de métrique ou &apos;{&apos; attendu à la position %1</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; at position %1</source>
        <translation>&apos;{&apos; attendu à la position %1</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; at position %1</source>
        <translation>&apos;}&apos; attendu à la position %1</translation>
    </message>
    <message>
        <source>expected a label name at position %1</source>
        <translation>nom d’étiquette attendu à la position %1</translation>
    </message>
    <message>
        <source>expected =, !=, =~ or !~ at position %1</source>
        <translation>=, !=, =~ ou !~ attendu à la position %1</translation>
    </message>
    <message>
        <source>invalid regex at position %1: %2</source>
        <translation>expression régulière non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at position %1</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu à la position %1</translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos; at position %1</source>
        <translation>texte inattendu après &apos;}&apos; à la position %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL mode (%2)</source>
        <translation>%1: impossible de passer en mode WAL (%2)</translation>
    </message>
    <message>
        <source>%1: no profile to store</source>
        <translation>%1: aucun profil à stocker</translation>
    </message>
    <message>
        <source>%1: %2 profile types for %3 sample types</source>
        <translation>%1: %2 types de profil pour %3 types d’échantillon</translation>
    </message>
    <message>
        <source>%1: label name &quot;%2&quot; is not valid (letters, digits and _, not starting with a digit)</source>
        <translation>%1: le nom d’étiquette « %2 » n’est pas valide (lettres, chiffres et _, sans commencer par un chiffre)</translation>
    </message>
    <message>
        <source>%1: the profile ends before it starts</source>
        <translation>%1: le profil se termine avant de commencer</translation>
    </message>
    <message>
        <source>%1: the profile has no sample type to store</source>
        <translation>%1: le profil n’a aucun type d’échantillon à stocker</translation>
    </message>
    <message>
        <source>%1: zstd could not compress the profile</source>
        <translation>%1: zstd n’a pas pu compresser le profil</translation>
    </message>
    <message>
        <source>not a profile type: %1</source>
        <translation>pas un type de profil : %1</translation>
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
        <translation>add, ls ou rm ?</translation>
    </message>
    <message>
        <source>The profile library: one SQLite file (default: %1).
</source>
        <translation>La bibliothèque de profils : un fichier SQLite (par défaut : %1).
</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are add, ls and rm</source>
        <translation>action inconnue « %1 » ; les actions sont add, ls et rm</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>Le fichier de bibliothèque (par défaut : celui du dossier de données).</translation>
    </message>
    <message>
        <source>The service_name label of the profiles.</source>
        <translation>L’étiquette service_name des profils.</translation>
    </message>
    <message>
        <source>A label of the profiles (repeatable).</source>
        <translation>Une étiquette des profils (répétable).</translation>
    </message>
    <message>
        <source>When the profiles were taken: RFC 3339 or unix seconds (default: the profile&apos;s own time, else the file&apos;s modification time).</source>
        <translation>Date de prise des profils : RFC 3339 ou secondes Unix (par défaut : l’heure propre du profil, sinon la date de modification du fichier).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Profiles to add.</source>
        <translation>Profils à ajouter.</translation>
    </message>
    <message>
        <source>Profiles to remove.</source>
        <translation>Profils à supprimer.</translation>
    </message>
    <message>
        <source>takes no arguments, got &quot;%1&quot;</source>
        <translation>ne prend aucun argument, reçu « %1 »</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>aucun fichier donné</translation>
    </message>
    <message>
        <source>no id given</source>
        <translation>aucun identifiant donné</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id (see library ls)</source>
        <translation>« %1 » n’est pas un identifiant de profil (voir library ls)</translation>
    </message>
    <message>
        <source>no service given (--service NAME)</source>
        <translation>aucun service donné (--service NAME)</translation>
    </message>
    <message>
        <source>--label wants name=value with a Prometheus label name (not starting with __), got &quot;%1&quot;</source>
        <translation>--label attend name=value avec un nom d’étiquette Prometheus (ne commençant pas par __), reçu « %1 »</translation>
    </message>
    <message>
        <source>--at wants RFC 3339 (2024-05-01T12:00:00Z) or unix seconds, got &quot;%1&quot;</source>
        <translation>--at attend une date RFC 3339 (2024-05-01T12:00:00Z) ou des secondes Unix, reçu « %1 »</translation>
    </message>
    <message>
        <source>added %1: %2 (%3)</source>
        <translation>%1 ajouté : %2 (%3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation>ÉTIQUETTES</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>removed %1 of %2</source>
        <translation>%1 sur %2 supprimés</translation>
    </message>
    <message>
        <source>%1: %2 of the ids are not in the library</source>
        <translation>%1: %2 des identifiants ne sont pas dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>LibrarySchema</name>
    <message>
        <source>%1: not a Pyrograph library (%2)</source>
        <translation>%1: pas une bibliothèque Pyrograph (%2)</translation>
    </message>
    <message>
        <source>it holds %1 tables of another program</source>
        <translation>elle contient %1 tables d’un autre programme</translation>
    </message>
    <message>
        <source>%1: made by a newer Pyrograph (schema version %2, this one reads up to %3)</source>
        <translation>%1: créée par un Pyrograph plus récent (version de schéma %2, celui-ci lit jusqu’à %3)</translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>Refuse a profile of more call tree nodes (default %1).</source>
        <translation>Refuser un profil ayant plus de nœuds d’arbre d’appels (%1 par défaut).</translation>
    </message>
    <message>
        <source>Refuse a stack of more frames (default %1).</source>
        <translation>Refuser une pile de plus de frames (%1 par défaut).</translation>
    </message>
    <message>
        <source>Refuse a frame name longer than this, in bytes (default %1).</source>
        <translation>Refuser un nom de frame plus long, en octets (%1 par défaut).</translation>
    </message>
    <message>
        <source>Refuse a profile of more sample types (default %1).</source>
        <translation>Refuser un profil ayant plus de types d’échantillon (%1 par défaut).</translation>
    </message>
    <message>
        <source>Refuse gzip or zstd input that inflates past this many bytes (default %1).</source>
        <translation>Refuser une entrée gzip ou zstd qui se décompresse au-delà de ce nombre d’octets (%1 par défaut).</translation>
    </message>
    <message>
        <source>--%1 wants a whole number above 0, got &quot;%2&quot;</source>
        <translation>--%1 attend un entier supérieur à 0, reçu « %2 »</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Sample Profile</source>
        <translation>Ouvrir le profil d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Receive &amp;Pushes</source>
        <translation>Recevoir les &amp;envois</translation>
    </message>
    <message>
        <source>Run a Pyroscope server in Pyrograph: SDKs push to it and every profile is kept in the library</source>
        <translation>Faire tourner un serveur Pyroscope dans Pyrograph : les SDK lui envoient leurs profils et chacun est gardé dans la bibliothèque</translation>
    </message>
    <message>
        <source>Scrape a &amp;Target…</source>
        <translation>Collecter une &amp;cible…</translation>
    </message>
    <message>
        <source>Have the server in Pyrograph fetch profiles from a Go program&apos;s net/http/pprof on a schedule</source>
        <translation>Faire collecter par le serveur de Pyrograph, à intervalles réguliers, les profils du net/http/pprof d’un programme Go</translation>
    </message>
    <message>
        <source>Library &amp;Timeline</source>
        <translation>&amp;Chronologie de la bibliothèque</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>The timeline of a Grafana Pyroscope server, Grafana Cloud Profiles or pyrograph serve</source>
        <translation>La chronologie d’un serveur Grafana Pyroscope, de Grafana Cloud Profiles ou de pyrograph serve</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Clavier et souris</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sample type: </source>
        <translation>Type d’échantillon : </translation>
    </message>
    <message>
        <source>Search in the current tab</source>
        <translation>Rechercher dans l’onglet courant</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 est déjà ouvert</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot receive pushes: %1</source>
        <translation>Impossible de recevoir les envois : %1</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · 1 profile stored</source>
        <translation>Réception des envois sur %1 · 1 profil stocké</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · %2 profiles stored</source>
        <translation>Réception des envois sur %1 · %2 profils stockés</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque : %1</translation>
    </message>
    <message>
        <source>%1 — Pyrograph</source>
        <translation>%1 — Pyrograph</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Aucun profil ouvert</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <source> (%n import(s) running)</source>
        <translation>
            <numerusform> (%n import en cours)</numerusform>
            <numerusform> (%n imports en cours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renderer: %1</source>
        <translation>Rendu : %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Open Profiles</source>
        <translation>Ouvrir des profils</translation>
    </message>
    <message>
        <source>&amp;Default View for New Tabs</source>
        <translation>Vue par &amp;défaut des nouveaux onglets</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Flame Graph</source>
        <translation>&amp;Graphique de flammes</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Les deux</translation>
    </message>
    <message>
        <source>&amp;Sandwich</source>
        <translation>&amp;Sandwich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language changes when Pyrograph starts again.</source>
        <translation>La langue change au prochain démarrage de Pyrograph.</translation>
    </message>
    <message>
        <source>Open profiles</source>
        <translation>Profils ouverts</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>Type d’échantillon</translation>
    </message>
    <message>
        <source>&amp;About Pyrograph</source>
        <translation>À &amp;propos de Pyrograph</translation>
    </message>
</context>
<context>
    <name>MatchLabel</name>
    <message>
        <source>Invalid regex</source>
        <translation>Expression régulière invalide</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Correspondances : %1</translation>
    </message>
    <message>
        <source>%1 in %2 functions, %3 frames</source>
        <translation>%1 dans %2 fonctions, %3 frames</translation>
    </message>
</context>
<context>
    <name>PapyrusImporter</name>
    <message>
        <source>%1: %2: no profiler events</source>
        <translation>%1: %2: aucun événement du profileur</translation>
    </message>
    <message>
        <source>%1: %2: line %3 does not start with a time in milliseconds</source>
        <translation>%1: %2: la ligne %3 ne commence pas par un temps en millisecondes</translation>
    </message>
    <message>
        <source>%1: %2: line %3 goes back in time (%4 after %5)</source>
        <translation>%1: %2: la ligne %3 remonte dans le temps (%4 après %5)</translation>
    </message>
    <message>
        <source>%1: %2: no PUSH, POP or QUEUE_PUSH events</source>
        <translation>%1: %2: aucun événement PUSH, POP ou QUEUE_PUSH</translation>
    </message>
</context>
<context>
    <name>PerfProfileMerger</name>
    <message>
        <source>skipped %1 unrecognized line (first: line %2)</source>
        <translation>%1 ligne non reconnue ignorée (la première : ligne %2)</translation>
    </message>
    <message>
        <source>skipped %1 unrecognized lines (first: line %2)</source>
        <translation>%1 lignes non reconnues ignorées (la première : ligne %2)</translation>
    </message>
    <message>
        <source>events: each is a sample type; %1 is the default</source>
        <translation>événements : chacun est un type d’échantillon ; %1 est celui par défaut</translation>
    </message>
</context>
<context>
    <name>PerfScriptImporter</name>
    <message>
        <source>%1: %2: no samples found (expected `comm pid time: period event:` lines followed by stack frames)</source>
        <translation>%1: %2: aucun échantillon trouvé (lignes `comm pid time: period event:` suivies de frames de pile attendues)</translation>
    </message>
</context>
<context>
    <name>PmcstatImporter</name>
    <message>
        <source>%1: %2: no &quot;@ EVENT [N samples]&quot; header</source>
        <translation>%1: %2: aucun en-tête « @ EVENT [N samples] »</translation>
    </message>
    <message>
        <source>%1: %2: no call graph lines under the event header</source>
        <translation>%1: %2: aucune ligne de graphe d’appels sous l’en-tête d’événement</translation>
    </message>
    <message>
        <source>skipped %1 line that is not a %2 call graph line (first at line %3)</source>
        <translation>%1 ligne ignorée qui n’est pas une ligne de graphe d’appels %2 (la première à la ligne %3)</translation>
    </message>
    <message>
        <source>skipped %1 lines that are not a %2 call graph line (first at line %3)</source>
        <translation>%1 lignes ignorées qui ne sont pas des lignes de graphe d’appels %2 (la première à la ligne %3)</translation>
    </message>
</context>
<context>
    <name>PprofError</name>
    <message>
        <source>the string table is empty (string_table[0] must be &quot;&quot;)</source>
        <translation>la table des chaînes est vide (string_table[0] doit valoir &quot;&quot;)</translation>
    </message>
    <message>
        <source>string_table[0] is not empty</source>
        <translation>string_table[0] n’est pas vide</translation>
    </message>
    <message>
        <source>the profile has no sample types</source>
        <translation>le profil n’a aucun type d’échantillon</translation>
    </message>
    <message>
        <source>duplicate function id %1</source>
        <translation>identifiant de fonction %1 en double</translation>
    </message>
    <message>
        <source>location id 0 (ids must be nonzero)</source>
        <translation>identifiant d’emplacement 0 (les identifiants doivent être non nuls)</translation>
    </message>
    <message>
        <source>duplicate location id %1</source>
        <translation>identifiant d’emplacement %1 en double</translation>
    </message>
    <message>
        <source>function id 0 (ids must be nonzero)</source>
        <translation>identifiant de fonction 0 (les identifiants doivent être non nuls)</translation>
    </message>
    <message>
        <source>location %1 refers to function id %2, which does not exist</source>
        <translation>l’emplacement %1 renvoie à l’identifiant de fonction %2, qui n’existe pas</translation>
    </message>
    <message>
        <source>default_sample_type &quot;%1&quot; is not a sample type; using the last one</source>
        <translation>default_sample_type « %1 » n’est pas un type d’échantillon ; le dernier est utilisé</translation>
    </message>
    <message>
        <source>string index %1 out of range (the table has %2 strings)</source>
        <translation>indice de chaîne %1 hors limites (la table a %2 chaînes)</translation>
    </message>
    <message>
        <source>sample has %1 values for %2 sample types</source>
        <translation>l’échantillon a %1 valeurs pour %2 types d’échantillon</translation>
    </message>
    <message>
        <source>sample refers to location id %1, which does not exist</source>
        <translation>l’échantillon renvoie à l’identifiant d’emplacement %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>larger than 2 GiB, which libprotobuf cannot parse</source>
        <translation>plus de 2 Gio, ce que libprotobuf ne sait pas analyser</translation>
    </message>
    <message>
        <source>not a valid Profile message (libprotobuf could not parse it)</source>
        <translation>pas un message Profile valide (libprotobuf n’a pas pu l’analyser)</translation>
    </message>
    <message>
        <source>truncated varint</source>
        <translation>varint tronqué</translation>
    </message>
    <message>
        <source>malformed varint (more than 10 bytes)</source>
        <translation>varint mal formé (plus de 10 octets)</translation>
    </message>
    <message>
        <source>invalid field number %1</source>
        <translation>numéro de champ %1 non valide</translation>
    </message>
    <message>
        <source>field length %1 runs past the end of its message (%2 bytes left)</source>
        <translation>la longueur de champ %1 dépasse la fin de son message (%2 octets restants)</translation>
    </message>
    <message>
        <source>truncated fixed-size field</source>
        <translation>champ de taille fixe tronqué</translation>
    </message>
    <message>
        <source>unsupported wire type %1</source>
        <translation>type de codage %1 non pris en charge</translation>
    </message>
</context>
<context>
    <name>PprofImporter</name>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 à l’octet %4</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>PprofWriter</name>
    <message>
        <source>%1: could not compress the profile</source>
        <translation>%1: impossible de compresser le profil</translation>
    </message>
</context>
<context>
    <name>ProfileBlob</name>
    <message>
        <source>stored profile: not a zstd frame of known size</source>
        <translation>profil stocké : pas une trame zstd de taille connue</translation>
    </message>
    <message>
        <source>stored profile: zstd: %1</source>
        <translation>profil stocké : zstd : %1</translation>
    </message>
    <message>
        <source>stored profile: corrupt %1</source>
        <translation>profil stocké : corrompu : %1</translation>
    </message>
    <message>
        <source>header (unknown version)</source>
        <translation>en-tête (version inconnue)</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>tree (depth)</source>
        <translation>arbre (profondeur)</translation>
    </message>
    <message>
        <source>tree (name)</source>
        <translation>arbre (nom)</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valeurs</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>the number of sample types</source>
        <translation>le nombre de types d’échantillon</translation>
    </message>
    <message>
        <source>a frame name of %1 bytes</source>
        <translation>un nom de frame de %1 octets</translation>
    </message>
    <message>
        <source>the values of a sample type add up past %1, more than a 64-bit total can hold safely: the file&apos;s counts are not real</source>
        <translation>les valeurs d’un type d’échantillon dépassent %1 au total, plus qu’un total sur 64 bits ne peut contenir sans risque : les comptes du fichier ne sont pas réels</translation>
    </message>
    <message>
        <source>a stack of %1 frames</source>
        <translation>une pile de %1 frames</translation>
    </message>
    <message>
        <source>the call tree&apos;s node count</source>
        <translation>le nombre de nœuds de l’arbre d’appels</translation>
    </message>
</context>
<context>
    <name>ProfileExporter</name>
    <message>
        <source>collapsed stacks, root first (flamegraph.pl)</source>
        <translation>piles repliées, racine en premier (flamegraph.pl)</translation>
    </message>
    <message>
        <source>Pyroscope flamebearer JSON</source>
        <translation>JSON flamebearer de Pyroscope</translation>
    </message>
    <message>
        <source>gzipped pprof, every sample type</source>
        <translation>pprof compressé avec gzip, tous les types d’échantillon</translation>
    </message>
    <message>
        <source>speedscope&apos;s file format, every sample type</source>
        <translation>format de fichier de speedscope, tous les types d’échantillon</translation>
    </message>
    <message>
        <source>interactive SVG flamegraph (zoom, search; flamegraph.pl&apos;s --width, --minwidth)</source>
        <translation>graphe de flammes SVG interactif (zoom, recherche ; --width, --minwidth de flamegraph.pl)</translation>
    </message>
    <message>
        <source>self-contained interactive HTML page (flamegraph, search, function table)</source>
        <translation>page HTML interactive autonome (graphe de flammes, recherche, tableau des fonctions)</translation>
    </message>
    <message>
        <source>PNG picture of the flamegraph (--width, --height, --scale)</source>
        <translation>image PNG du graphe de flammes (--width, --height, --scale)</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>format d’export inconnu</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>%1: the input is empty</source>
        <translation>%1: l’entrée est vide</translation>
    </message>
    <message>
        <source>%1: unrecognised format (tried %2)</source>
        <translation>%1: format non reconnu (essayés : %2)</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Show one thread&apos;s samples alone</source>
        <translation>Afficher seuls les échantillons d’un thread</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1: the import failed</source>
        <translation>%1 : l’import a échoué</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Tous les threads</translation>
    </message>
    <message>
        <source>Filtering thread %1…</source>
        <translation>Filtrage du thread %1…</translation>
    </message>
    <message>
        <source>%1: %2 total, %3 functions</source>
        <translation>%1 : %2 au total, %3 fonctions</translation>
    </message>
    <message>
        <source> in thread %1</source>
        <translation> dans le thread %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Show the whole profile again</source>
        <translation>Afficher à nouveau tout le profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>The function table alone</source>
        <translation>Le tableau des fonctions seul</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>Graphique de flammes</translation>
    </message>
    <message>
        <source>The flamegraph alone</source>
        <translation>Le graphique de flammes seul</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>The table and the flamegraph side by side</source>
        <translation>Le tableau et le graphique de flammes côte à côte</translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation>Sandwich</translation>
    </message>
    <message>
        <source>The callers and callees of the selected function</source>
        <translation>Les appelants et les appelés de la fonction sélectionnée</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Icicle</source>
        <translation>Stalactites</translation>
    </message>
    <message>
        <source>Root at the top (icicle) instead of the bottom (flame)</source>
        <translation>La racine en haut (stalactites) au lieu d’en bas (flammes)</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <source>By package</source>
        <translation>Par paquet</translation>
    </message>
    <message>
        <source>By self (heat)</source>
        <translation>Par valeur propre (chaleur)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in the flamegraph)</source>
        <translation>Afficher tout l’arbre (Échap dans le graphique de flammes)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Match %1 of %2: %3</source>
        <translation>Correspondance %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>%1 sélectionnée</translation>
    </message>
    <message>
        <source>%1 — total %2 (%3), self %4 (%5)</source>
        <translation>%1 — total %2 (%3), propre %4 (%5)</translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation>Se concentrer sur %1</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>Replier %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Showing the whole profile</source>
        <translation>Affichage de tout le profil</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Graphique de flammes</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>Tableau des fonctions</translation>
    </message>
    <message>
        <source>Self and total of every function; Enter shows it in the flame graph</source>
        <translation>Valeur propre et totale de chaque fonction ; Entrée l’affiche dans le graphique de flammes</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largeur :</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hauteur :</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>Every export format (%1)</source>
        <translation>Tous les formats d’export (%1)</translation>
    </message>
    <message>
        <source>Profiles (%1);;All files (*)</source>
        <translation>Profils (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>This sample type has no samples</source>
        <translation>Ce type d’échantillon n’a aucun échantillon</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Program, e.g. ./server or node</source>
        <translation>Programme, p. ex. ./server ou node</translation>
    </message>
    <message>
        <source>Its arguments; &quot;double quotes&quot; keep words together</source>
        <translation>Ses arguments ; les « guillemets doubles » gardent les mots ensemble</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Working Folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Automatic (perf for a native program, else SDK pushes)</source>
        <translation>Automatique (perf pour un programme natif, sinon envois SDK)</translation>
    </message>
    <message>
        <source>perf record</source>
        <translation>perf record</translation>
    </message>
    <message>
        <source>Pyroscope SDK pushes</source>
        <translation>Envois du SDK Pyroscope</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments :</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Dossier de &amp;travail :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>The command&apos;s output</source>
        <translation>La sortie de la commande</translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation>&amp;Démarrer l’enregistrement</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Recording %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Elapsed: %1:%2.%3</source>
        <translation>Écoulé : %1:%2.%3</translation>
    </message>
    <message>
        <source>Nothing was recorded (exit status %1); see the output below.</source>
        <translation>Rien n’a été enregistré (code de sortie %1) ; voir la sortie ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n profile(s) (exit status %1).</source>
        <translation>
            <numerusform>%n profil enregistré (code de sortie %1).</numerusform>
            <numerusform>%n profils enregistrés (code de sortie %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 n’a pas démarré : %2</translation>
    </message>
    <message>
        <source>a recording is running</source>
        <translation>un enregistrement est en cours</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>rien n’a été enregistré</translation>
    </message>
</context>
<context>
    <name>SafariTimelineImporter</name>
    <message>
        <source>expected recording.sampleStackTraces and recording.sampleDurations arrays</source>
        <translation>attendu : des tableaux recording.sampleStackTraces et recording.sampleDurations</translation>
    </message>
    <message>
        <source>the recording has no samples (record with the JavaScript &amp; Events timeline on)</source>
        <translation>l’enregistrement n’a aucun échantillon (enregistrer avec la chronologie « JavaScript &amp; Events » activée)</translation>
    </message>
    <message>
        <source>%1 samples but %2 sampleDurations</source>
        <translation>%1 échantillons mais %2 sampleDurations</translation>
    </message>
    <message>
        <source>sample %1 has no stackFrames array or no timestamp</source>
        <translation>l’échantillon %1 n’a pas de tableau stackFrames ou pas d’horodatage</translation>
    </message>
    <message>
        <source>sampleDurations[%1] is not a duration</source>
        <translation>sampleDurations[%1] n’est pas une durée</translation>
    </message>
</context>
<context>
    <name>SampleDurations</name>
    <message>
        <source>%1 samples came before the previous one of their thread; they count 0 time</source>
        <translation>%1 échantillons précédaient le précédent de leur thread ; ils comptent pour un temps nul</translation>
    </message>
</context>
<context>
    <name>SandwichView</name>
    <message>
        <source>Select a function in the table or the flame graph to see its callers and callees.</source>
        <translation>Sélectionnez une fonction dans le tableau ou le graphique de flammes pour voir ses appelants et ses appelés.</translation>
    </message>
    <message>
        <source>Callers of %1</source>
        <translation>Appelants de %1</translation>
    </message>
    <message>
        <source>Callees of %1</source>
        <translation>Appelés de %1</translation>
    </message>
    <message>
        <source>Callers flame graph</source>
        <translation>Graphique de flammes des appelants</translation>
    </message>
    <message>
        <source>Callees flame graph</source>
        <translation>Graphique de flammes des appelés</translation>
    </message>
</context>
<context>
    <name>ScrapeCommand</name>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof (URL: http://host:port) and write it to OUT, in the format its extension names.</source>
        <translation>Récupérer un profil depuis le net/http/pprof d’un programme Go (URL : http://host:port) et l’écrire dans OUT, au format indiqué par son extension.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The profile: %1 (default cpu).</source>
        <translation>Le profil : %1 (cpu par défaut).</translation>
    </message>
    <message>
        <source>cpu: how long to profile (default 10).</source>
        <translation>cpu : durée du profilage (10 par défaut).</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>Le fichier à écrire ; son extension choisit le format.</translation>
    </message>
    <message>
        <source>The target, http://host:port.</source>
        <translation>La cible, http://host:port.</translation>
    </message>
    <message>
        <source>wants one URL, got %1</source>
        <translation>attend une URL, reçu %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://host:port URL</source>
        <translation>« %1 » n’est pas une URL http://host:port</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of %2</source>
        <translation>--type : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>--seconds wants a positive number, got &quot;%1&quot;</source>
        <translation>--seconds attend un nombre positif, reçu « %1 »</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>aucun fichier de sortie donné (-o OUT)</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: format d’export inconnu ; les extensions prises en charge sont : %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes (%3), wrote %4</source>
        <translation>%1: %2 octets (%3), %4 écrit</translation>
    </message>
</context>
<context>
    <name>ScrapeDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Scrape a Target</source>
        <translation>Collecter une cible</translation>
    </message>
    <message>
        <source>the host&apos;s name</source>
        <translation>le nom de l’hôte</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>A&amp;pplication :</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils :</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Scrapes</source>
        <translation>Collectes</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>The server is not running: turn on File &gt; Receive Pushes.</source>
        <translation>Le serveur ne tourne pas : activez Fichier &gt; Recevoir les envois.</translation>
    </message>
    <message>
        <source>Choose at least one profile.</source>
        <translation>Choisissez au moins un profil.</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not a diff, so it has no view &quot;%2&quot; (a diff file has: %3)</source>
        <translation>%1 : pas un diff, donc pas de vue « %2 » (un fichier diff a : %3)</translation>
    </message>
    <message>
        <source>%1: no call path %2</source>
        <translation>%1 : aucun chemin d’appel %2</translation>
    </message>
    <message>
        <source>the views were still busy after %1 s; the screenshot shows them unfinished</source>
        <translation>les vues étaient encore occupées après %1 s ; la capture les montre inachevées</translation>
    </message>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1 : impossible d’écrire la capture d’écran</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case-insensitive; Enter zooms to the next match, Shift+Enter to the previous, Escape clears</source>
        <translation>Insensible à la casse ; Entrée zoome sur la correspondance suivante, Maj+Entrée sur la précédente, Échap efface</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>%1 (at offset %2)</source>
        <translation>%1 (à la position %2)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API (ingest, push, query) over a profile library until interrupted.</source>
        <translation>Servir l’API de Grafana Pyroscope (ingestion, envoi, requête) sur une bibliothèque de profils jusqu’à interruption.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1:4040; port 0: any free port).</source>
        <translation>L’adresse d’écoute (127.0.0.1:4040 par défaut ; port 0 : n’importe quel port libre).</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>Le fichier de bibliothèque (par défaut : celui du dossier de données).</translation>
    </message>
    <message>
        <source>The largest request body taken, in bytes (default 16 MiB).</source>
        <translation>Le plus grand corps de requête accepté, en octets (16 Mio par défaut).</translation>
    </message>
    <message>
        <source>How long profiles are kept: 7d, 12h, 30m (default 7d).</source>
        <translation>Durée de conservation des profils : 7d, 12h, 30m (7d par défaut).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; on every request.</source>
        <translation>Exiger « Authorization: Bearer TOKEN » pour chaque requête.</translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen without --token.</source>
        <translation>Autoriser un --listen hors loopback sans --token.</translation>
    </message>
    <message>
        <source>Scrape the targets of FILE&apos;s scrape-configs (Pyroscope&apos;s pull mode; state at GET /targets).</source>
        <translation>Interroger les cibles des scrape-configs de FILE (mode pull de Pyroscope ; état sur GET /targets).</translation>
    </message>
    <message>
        <source>Connections served at once; more are answered 503 (default %1).</source>
        <translation>Connexions servies simultanément ; les suivantes reçoivent 503 (%1 par défaut).</translation>
    </message>
    <message>
        <source>This subcommand.</source>
        <translation>Cette sous-commande.</translation>
    </message>
    <message>
        <source>takes no files, got &quot;%1&quot;</source>
        <translation>ne prend aucun fichier, reçu « %1 »</translation>
    </message>
    <message>
        <source>--max-body wants a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-body attend un nombre d’octets, reçu « %1 »</translation>
    </message>
    <message>
        <source>--max-connections wants a number above 0, got &quot;%1&quot;</source>
        <translation>--max-connections attend un nombre supérieur à 0, reçu « %1 »</translation>
    </message>
    <message>
        <source>--retention wants a duration such as 7d, 12h or 30m, got &quot;%1&quot;</source>
        <translation>--retention attend une durée comme 7d, 12h ou 30m, reçu « %1 »</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>scraping %1 target of %2 (state: GET /targets)</source>
        <translation>interrogation de %1 cible de %2 (état : GET /targets)</translation>
    </message>
    <message>
        <source>scraping %1 targets of %2 (state: GET /targets)</source>
        <translation>interrogation de %1 cibles de %2 (état : GET /targets)</translation>
    </message>
    <message>
        <source>interrupted, stopping after %1 profiles received</source>
        <translation>interrompu, arrêt après %1 profils reçus</translation>
    </message>
    <message>
        <source>terminated, stopping after %1 profiles received</source>
        <translation>terminé, arrêt après %1 profils reçus</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Graphique de flammes</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Champ de recherche</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>Tableau des fonctions</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move between the controls, the views and the tabs</source>
        <translation>Passer d’un contrôle, d’une vue et d’un onglet à l’autre</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Select a frame and zoom to it; click the zoomed frame to zoom out</source>
        <translation>Sélectionner un frame et zoomer dessus ; cliquer sur le frame zoomé dézoome</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <source>The same as one click</source>
        <translation>Comme un simple clic</translation>
    </message>
    <message>
        <source>Click a grey group</source>
        <translation>Clic sur un groupe gris</translation>
    </message>
    <message>
        <source>Zoom into the functions too narrow to draw</source>
        <translation>Zoomer sur les fonctions trop étroites pour être dessinées</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Glisser</translation>
    </message>
    <message>
        <source>Pan sideways and up and down</source>
        <translation>Déplacer latéralement et verticalement</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Molette</translation>
    </message>
    <message>
        <source>Scroll up and down</source>
        <translation>Défiler vers le haut et vers le bas</translation>
    </message>
    <message>
        <source>Horizontal wheel</source>
        <translation>Molette horizontale</translation>
    </message>
    <message>
        <source>Pan sideways</source>
        <translation>Déplacer latéralement</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <source>Zoom in and out around the pointer</source>
        <translation>Zoomer et dézoomer autour du pointeur</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Clic droit</translation>
    </message>
    <message>
        <source>Focus, collapse, copy the name, show in the sandwich</source>
        <translation>Se concentrer, replier, copier le nom, afficher dans le sandwich</translation>
    </message>
    <message>
        <source>Hover</source>
        <translation>Survol</translation>
    </message>
    <message>
        <source>Total and self of a frame in the tooltip and the status bar</source>
        <translation>Total et valeur propre d’un frame dans l’infobulle et la barre d’état</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Select the parent, a child or a neighbour</source>
        <translation>Sélectionner l’appelant, un appelé ou un voisin</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Zoom to the selected frame</source>
        <translation>Zoomer sur le frame sélectionné</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Show the whole tree (Reset Zoom)</source>
        <translation>Afficher tout l’arbre (Réinitialiser le zoom)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Entrée, Maj+Entrée</translation>
    </message>
    <message>
        <source>Zoom to the next, the previous match</source>
        <translation>Zoomer sur la correspondance suivante, précédente</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Clic sur un en-tête de colonne</translation>
    </message>
    <message>
        <source>Sort by it</source>
        <translation>Trier selon cette colonne</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Entrée, double-clic</translation>
    </message>
    <message>
        <source>Select the function (from the Table view: show its sandwich)</source>
        <translation>Sélectionner la fonction (depuis la vue Tableau : afficher son sandwich)</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>Clavier et souris</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>Touches ou souris</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SpeedscopeImporter</name>
    <message>
        <source>%1 samples but %2 weights</source>
        <translation>%1 échantillons mais %2 poids</translation>
    </message>
    <message>
        <source>sample %1 is not an array of frame indices</source>
        <translation>l’échantillon %1 n’est pas un tableau d’indices de frames</translation>
    </message>
    <message>
        <source>sample %1 refers to frame %2, but there are %3 frames</source>
        <translation>l’échantillon %1 renvoie au frame %2, mais il y a %3 frames</translation>
    </message>
    <message>
        <source>weight %1 is not a number</source>
        <translation>le poids %1 n’est pas un nombre</translation>
    </message>
    <message>
        <source>event %1 has no time (&quot;at&quot;)</source>
        <translation>l’événement %1 n’a pas de temps (« at »)</translation>
    </message>
    <message>
        <source>event %1 refers to frame %2, but there are %3 frames</source>
        <translation>l’événement %1 renvoie au frame %2, mais il y a %3 frames</translation>
    </message>
    <message>
        <source>event %1 goes back in time (at %2 after %3)</source>
        <translation>l’événement %1 remonte dans le temps (à %2 après %3)</translation>
    </message>
    <message>
        <source>event %1 closes frame %2, but %3 is open</source>
        <translation>l’événement %1 ferme le frame %2, mais %3 est ouvert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>event %1 has type &quot;%2&quot; (expected &quot;O&quot; or &quot;C&quot;)</source>
        <translation>l’événement %1 est de type « %2 » (« O » ou « C » attendu)</translation>
    </message>
    <message>
        <source>frame %1 opened at %2 is never closed</source>
        <translation>le frame %1 ouvert à %2 n’est jamais fermé</translation>
    </message>
    <message>
        <source>no profiles (&quot;profiles&quot; is missing or empty)</source>
        <translation>aucun profil (« profiles » est absent ou vide)</translation>
    </message>
    <message>
        <source>frame %1 has no name</source>
        <translation>le frame %1 n’a pas de nom</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; (expected &quot;sampled&quot; or &quot;evented&quot;)</source>
        <translation>type « %1 » (« sampled » ou « evented » attendu)</translation>
    </message>
    <message>
        <source>profile %1 (%2): %3</source>
        <translation>profil %1 (%2) : %3</translation>
    </message>
    <message>
        <source>rounded %1 fractional weights to whole numbers</source>
        <translation>%1 poids fractionnaires arrondis à l’entier</translation>
    </message>
</context>
<context>
    <name>StackprofImporter</name>
    <message>
        <source>no &quot;mode&quot;</source>
        <translation>aucun « mode »</translation>
    </message>
    <message>
        <source>no &quot;raw&quot; stacks (record with raw: true)</source>
        <translation>aucune pile « raw » (enregistrer avec raw: true)</translation>
    </message>
    <message>
        <source>raw[%1]: a stack of %2 frames does not fit in raw</source>
        <translation>raw[%1] : une pile de %2 frames ne tient pas dans raw</translation>
    </message>
    <message>
        <source>raw[%1]: frame %2 is not in &quot;frames&quot;</source>
        <translation>raw[%1] : le frame %2 n’est pas dans « frames »</translation>
    </message>
    <message>
        <source>raw[%1]: the sample count is not a number</source>
        <translation>raw[%1] : le nombre d’échantillons n’est pas un nombre</translation>
    </message>
    <message>
        <source>raw[%1]: %2 samples but only %3 raw_timestamp_deltas left</source>
        <translation>raw[%1] : %2 échantillons mais seulement %3 raw_timestamp_deltas restants</translation>
    </message>
</context>
<context>
    <name>SubsecondHeatmap</name>
    <message numerus="yes">
        <source>%1 s + %2 ms: %n samples</source>
        <translation>
            <numerusform>%1 s + %2 ms : %n échantillon</numerusform>
            <numerusform>%1 s + %2 ms : %n échantillons</numerusform>
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
        <translation>--step trop petit pour la plage : plus de 1 000 000 points</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>série %1</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>heure (UTC)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>TimelineQuery</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: not a time: &quot;%2&quot; (now-1h, unix seconds or milliseconds, RFC 3339)</source>
        <translation>%1: pas une date : « %2 » (now-1h, secondes ou millisecondes Unix, RFC 3339)</translation>
    </message>
    <message>
        <source>--from is after --until</source>
        <translation>--from est postérieur à --until</translation>
    </message>
    <message>
        <source>%1: no profile type given (--query &apos;TYPE{...}&apos;); the profile types are: %2</source>
        <translation>%1: aucun type de profil donné (--query &apos;TYPE{...}&apos;) ; les types de profil sont : %2</translation>
    </message>
    <message>
        <source>%1: no single profile type &quot;%2&quot;; the profile types are: %3</source>
        <translation>%1: aucun type de profil unique « %2 » ; les types de profil sont : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL</source>
        <translation>« %1 » : FROM..UNTIL attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL, two times (now-1h, unix seconds or milliseconds, RFC 3339), the first not after the second</source>
        <translation>« %1 » : FROM..UNTIL attendu, deux dates (now-1h, secondes ou millisecondes Unix, RFC 3339), la première pas après la seconde</translation>
    </message>
</context>
<context>
    <name>TimelineSources</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: fichier introuvable</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>aucune source donnée</translation>
    </message>
    <message>
        <source>%1: a library is a source of its own, not one of several files</source>
        <translation>%1: une bibliothèque est une source à elle seule, pas l’un de plusieurs fichiers</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Timeline – %1</source>
        <translation>Chronologie – %1</translation>
    </message>
    <message>
        <source>The service (service_name)</source>
        <translation>Le service (service_name)</translation>
    </message>
    <message>
        <source>The profile type</source>
        <translation>Le type de profil</translation>
    </message>
    <message>
        <source>label selector: {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</source>
        <translation>sélecteur d’étiquettes : {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Follow now</source>
        <translation>Suivre le présent</translation>
    </message>
    <message>
        <source>Query again every %1 seconds</source>
        <translation>Relancer la requête toutes les %1 secondes</translation>
    </message>
    <message>
        <source>Compare two ranges</source>
        <translation>Comparer deux plages</translation>
    </message>
    <message>
        <source>Label breakdown: one series per value of this label</source>
        <translation>Ventilation : une série par valeur de cette étiquette</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Aucune ventilation</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Ventilation :</translation>
    </message>
    <message>
        <source>The whole query: drag to choose what the chart above shows</source>
        <translation>Toute la requête : faites glisser pour choisir ce que montre le graphique du haut</translation>
    </message>
    <message>
        <source>Zoom to Ranges</source>
        <translation>Zoomer sur les plages</translation>
    </message>
    <message>
        <source>Show only the selected ranges on the chart (double click: the whole query)</source>
        <translation>N’afficher que les plages sélectionnées sur le graphique (double-clic : toute la requête)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the running queries</source>
        <translation>Arrêter les requêtes en cours</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>Enregistrer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Store the merge of each selected range in the local library</source>
        <translation>Stocker la fusion de chaque plage sélectionnée dans la bibliothèque locale</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the flame graph shown to a file (SVG, HTML, pprof, folded, …)</source>
        <translation>Écrire le graphique de flammes affiché dans un fichier (SVG, HTML, pprof, folded, …)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Click a value to filter by it; Ctrl+click two to compare them</source>
        <translation>Cliquez sur une valeur pour filtrer ; Ctrl+clic sur deux pour les comparer</translation>
    </message>
    <message>
        <source>Drag on the timeline to select a range; tick &quot;Compare two ranges&quot; and drag twice to compare.</source>
        <translation>Faites glisser sur la chronologie pour sélectionner une plage ; cochez « Comparer deux plages » et faites glisser deux fois pour comparer.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Subsecond heatmap</source>
        <translation>Heatmap sub-seconde</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Enregistrement dans %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to %1</source>
        <translation>
            <numerusform>%n profil enregistré dans %1</numerusform>
            <numerusform>%n profils enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Label selector: %1</source>
        <translation>Sélecteur d’étiquettes : %1</translation>
    </message>
    <message>
        <source>No profiles in this range</source>
        <translation>Aucun profil dans cette plage</translation>
    </message>
    <message>
        <source>Querying…</source>
        <translation>Requête…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
</context>
<context>
    <name>TopCommand</name>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5 (showing %6)</source>
        <translation>format : %1, type d’échantillon : %2/%3, total : %4, fonctions : %5 (%6 affichées)</translation>
    </message>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5</source>
        <translation>format : %1, type d’échantillon : %2/%3, total : %4, fonctions : %5</translation>
    </message>
    <message>
        <source>self</source>
        <translation>propre</translation>
    </message>
    <message>
        <source>self%</source>
        <translation>propre%</translation>
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
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>Transforms</name>
    <message>
        <source>no profiles to merge</source>
        <translation>aucun profil à fusionner</translation>
    </message>
    <message>
        <source>profile %1 is missing</source>
        <translation>le profil %1 est manquant</translation>
    </message>
    <message>
        <source>cannot merge: %1 has sample types %2, but %3 has %4</source>
        <translation>fusion impossible : %1 a les types d’échantillon %2, mais %3 a %4</translation>
    </message>
</context>
<context>
    <name>V8ProfLogImporter</name>
    <message>
        <source>this is a raw isolate log, which needs V8&apos;s tick processor to resolve its code addresses; preprocess it first with `node --prof-process --preprocess %1 &gt; profile.v8log.json` and open that</source>
        <translation>ceci est un journal d’isolate brut, dont les adresses de code doivent être résolues par le tick processor de V8 ; le prétraiter d’abord avec `node --prof-process --preprocess %1 &gt; profile.v8log.json` et ouvrir le résultat</translation>
    </message>
    <message>
        <source>expected &quot;code&quot; and &quot;ticks&quot; arrays (the output of node --prof-process --preprocess)</source>
        <translation>attendu : des tableaux « code » et « ticks » (la sortie de node --prof-process --preprocess)</translation>
    </message>
    <message>
        <source>tick %1 has no &quot;tm&quot; time or no &quot;s&quot; stack</source>
        <translation>le tick %1 n’a pas de temps « tm » ou pas de pile « s »</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is not a number</source>
        <translation>tick %1 : l’entrée de pile %2 n’est pas un nombre</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is %3</source>
        <translation>tick %1 : l’entrée de pile %2 vaut %3</translation>
    </message>
    <message>
        <source>the log has no ticks</source>
        <translation>le journal n’a aucun tick</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Open Profile…</source>
        <translation>Ouvrir un profil…</translation>
    </message>
    <message>
        <source>Open the Bundled Sample</source>
        <translation>Ouvrir l’exemple fourni</translation>
    </message>
    <message>
        <source>Pyrograph</source>
        <translation>Pyrograph</translation>
    </message>
    <message>
        <source>Flamegraphs of pprof, perf script, collapsed stacks, Chrome, speedscope and Pyroscope profiles</source>
        <translation>Graphiques de flammes des profils pprof, perf script, piles repliées, Chrome, speedscope et Pyroscope</translation>
    </message>
    <message>
        <source>Drop profile files here</source>
        <translation>Déposez des fichiers de profil ici</translation>
    </message>
    <message>
        <source>File &gt; Open (Ctrl+O)</source>
        <translation>Fichier &gt; Ouvrir (Ctrl+O)</translation>
    </message>
    <message>
        <source>A Go CPU profile that comes with Pyrograph</source>
        <translation>Un profil CPU Go fourni avec Pyrograph</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard and Mouse lists every shortcut.</source>
        <translation>Aide &gt; Clavier et souris liste chaque raccourci.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
</context>
</TS>
