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
