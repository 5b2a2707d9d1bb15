<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</source>
        <translation>Qt 6 (Core, GUI, Widgets, OpenGL, Network)</translation>
    </message>
    <message>
        <source>The window, painting, threads, containers</source>
        <translation>ウィンドウ、描画、スレッド、コンテナー</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>The timeline&apos;s charts</source>
        <translation>タイムラインのチャート</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Connection secrets in the system keychain</source>
        <translation>システムのキーチェーンに保存する接続の秘密情報</translation>
    </message>
    <message>
        <source>Protocol Buffers</source>
        <translation>Protocol Buffers</translation>
    </message>
    <message>
        <source>pprof and Pyroscope&apos;s API messages</source>
        <translation>pprof と Pyroscope の API メッセージ</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>gzip-compressed profiles</source>
        <translation>gzip 圧縮されたプロファイル</translation>
    </message>
    <message>
        <source>libdeflate</source>
        <translation>libdeflate</translation>
    </message>
    <message>
        <source>Fast gzip decompression</source>
        <translation>高速な gzip 展開</translation>
    </message>
    <message>
        <source>Zstandard</source>
        <translation>Zstandard</translation>
    </message>
    <message>
        <source>Compressed profiles in the library</source>
        <translation>ライブラリ内の圧縮プロファイル</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <source>The profile library</source>
        <translation>プロファイルライブラリ</translation>
    </message>
    <message>
        <source>cpp-httplib</source>
        <translation>cpp-httplib</translation>
    </message>
    <message>
        <source>The Pyroscope-compatible server and client</source>
        <translation>Pyroscope 互換のサーバーとクライアント</translation>
    </message>
    <message>
        <source>yaml-cpp</source>
        <translation>yaml-cpp</translation>
    </message>
    <message>
        <source>Scrape configurations</source>
        <translation>スクレイプ設定</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>TLS for server connections</source>
        <translation>サーバー接続の TLS</translation>
    </message>
    <message>
        <source>About Pyrograph</source>
        <translation>Pyrograph について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;A flame graph workbench for profiles from pprof, perf, Chrome, Node.js, speedscope, Java Flight Recorder and Pyroscope.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Pyrograph is licensed under the Apache License 2.0. It links the libraries below; Qt Charts is offered under the GPL-3.0 only, so this executable as a whole is distributed under the terms of the GPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pyrograph %1&lt;/h2&gt;&lt;p&gt;pprof、perf、Chrome、Node.js、speedscope、Java Flight Recorder、Pyroscope のプロファイルのためのフレームグラフ作業台です。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされ、Qt %3 で動作しています。&lt;/p&gt;&lt;p&gt;Pyrograph は Apache License 2.0 の下で提供されます。下のライブラリをリンクしています。Qt Charts は GPL-3.0 のみで提供されるため、この実行ファイル全体は GPL-3.0 の条件で配布されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
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
        <translation>COMMAND を実行し、終了するまでプロファイルを記録して、プロファイルの種類と形式ごとに 1 つのファイルを DIR に書き出し、プロファイルをライブラリに保存します。COMMAND の標準入力、標準出力、標準エラー出力と終了ステータスはそのまま COMMAND のものです。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Record with perf record -g (the default for a native executable).</source>
        <translation>perf record -g で記録します (ネイティブ実行ファイルの既定)。</translation>
    </message>
    <message>
        <source>Receive COMMAND&apos;s Pyroscope SDK pushes on a free loopback port (PYROSCOPE_ADHOC_SERVER_ADDRESS; the default for a script).</source>
        <translation>COMMAND の Pyroscope SDK からのプッシュを空いているループバックポートで受け取ります (PYROSCOPE_ADHOC_SERVER_ADDRESS。スクリプトの既定)。</translation>
    </message>
    <message>
        <source>Scrape COMMAND&apos;s Go net/http/pprof at URL (host:port) while it runs: cpu and allocs every 2 s, as serve --scrape does.</source>
        <translation>COMMAND の実行中、URL (host:port) の Go net/http/pprof から取得します: cpu と allocs を 2 秒ごと (serve --scrape と同じ)。</translation>
    </message>
    <message>
        <source>Attach perf to a running process until it exits or Ctrl+C.</source>
        <translation>実行中のプロセスに perf をアタッチします (終了するか Ctrl+C まで)。</translation>
    </message>
    <message>
        <source>The folder to write into (default: adhoc-COMMAND-TIME here).</source>
        <translation>書き出し先のフォルダー (既定値: ここに adhoc-COMMAND-TIME)。</translation>
    </message>
    <message>
        <source>A format to write, repeatable: %1 (default html).</source>
        <translation>書き出す形式 (複数指定可): %1 (既定値 html)。</translation>
    </message>
    <message>
        <source>Open the profiles in the window afterwards.</source>
        <translation>終了後にプロファイルをウィンドウで開きます。</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>ライブラリファイル (既定値: データフォルダー内のもの)。</translation>
    </message>
    <message>
        <source>The command to run, and its arguments.</source>
        <translation>実行するコマンドとその引数。</translation>
    </message>
    <message>
        <source>--perf, --push, --pull and --pid are alternatives; give one</source>
        <translation>--perf、--push、--pull、--pid は択一です。1 つだけ指定してください</translation>
    </message>
    <message>
        <source>--pid wants a process id, got &quot;%1&quot;</source>
        <translation>--pid にはプロセス ID が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>--pid records a running process; give no COMMAND with it</source>
        <translation>--pid は実行中のプロセスを記録します。COMMAND と一緒には指定しないでください</translation>
    </message>
    <message>
        <source>no command given: adhoc [OPTIONS] -- COMMAND [ARGS...]</source>
        <translation>コマンドが指定されていません: adhoc [OPTIONS] -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; the formats are: %2</source>
        <translation>不明な形式 &quot;%1&quot; です。使える形式: %2</translation>
    </message>
    <message>
        <source>perf is not installed: install Debian&apos;s linux-perf package (apt install linux-perf)</source>
        <translation>perf がインストールされていません: Debian の linux-perf パッケージをインストールしてください (apt install linux-perf)</translation>
    </message>
    <message>
        <source>perf may not record: kernel.perf_event_paranoid is %1; allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run pyrograph adhoc as root</source>
        <translation>perf が記録できない可能性があります: kernel.perf_event_paranoid が %1 です。&quot;sysctl kernel.perf_event_paranoid=1&quot; で許可するか、pyrograph adhoc を root で実行してください</translation>
    </message>
    <message>
        <source>adhoc --pid: no process %1</source>
        <translation>adhoc --pid: プロセス %1 がありません</translation>
    </message>
    <message>
        <source>adhoc: %1: command not found</source>
        <translation>adhoc: %1: コマンドが見つかりません</translation>
    </message>
    <message>
        <source>adhoc: cannot make the folder %1</source>
        <translation>adhoc: フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>adhoc --open: could not start the window</source>
        <translation>adhoc --open: ウィンドウを起動できませんでした</translation>
    </message>
    <message>
        <source>adhoc: no temporary folder: %1</source>
        <translation>adhoc: 一時フォルダーがありません: %1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf record recorded nothing (exit status %1). If it was refused, allow it with &quot;sysctl kernel.perf_event_paranoid=1&quot; or run as root; perf comes with Debian&apos;s linux-perf package</source>
        <translation>adhoc --perf: perf record は何も記録しませんでした (終了ステータス %1)。拒否された場合は &quot;sysctl kernel.perf_event_paranoid=1&quot; で許可するか root で実行してください。perf は Debian の linux-perf パッケージに含まれています</translation>
    </message>
    <message>
        <source>adhoc --perf: perf script failed: %1</source>
        <translation>adhoc --perf: perf script が失敗しました: %1</translation>
    </message>
    <message>
        <source>adhoc --perf: perf recorded no samples (did the command run long enough?)</source>
        <translation>adhoc --perf: perf はサンプルを記録しませんでした (コマンドの実行時間は十分でしたか?)</translation>
    </message>
    <message>
        <source>adhoc --pull: no profile could be scraped from %1 while %2 ran (does it serve net/http/pprof there?)</source>
        <translation>adhoc --pull: %2 の実行中に %1 からプロファイルを取得できませんでした (そこで net/http/pprof を提供していますか?)</translation>
    </message>
    <message>
        <source>adhoc --push: %1 pushed no profiles to %2 (does it use a Pyroscope SDK?)</source>
        <translation>adhoc --push: %1 は %2 にプロファイルを送信しませんでした (Pyroscope SDK を使っていますか?)</translation>
    </message>
    <message>
        <source>pyrograph adhoc: %1 profiles %2, stored in %3</source>
        <translation>pyrograph adhoc: %1 件のプロファイルを%2、%3 に保存しました</translation>
    </message>
    <message>
        <source>scraped</source>
        <translation>取得し</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>受信し</translation>
    </message>
    <message>
        <source>pyrograph adhoc: stored as %1 in %2</source>
        <translation>pyrograph adhoc: %1 として %2 に保存しました</translation>
    </message>
    <message>
        <source>pyrograph adhoc: wrote %1</source>
        <translation>pyrograph adhoc: %1 を書き出しました</translation>
    </message>
</context>
<context>
    <name>CallgrindImporter</name>
    <message>
        <source>the calls= line has no cost line after it</source>
        <translation>calls= 行の後にコスト行がありません</translation>
    </message>
    <message>
        <source>%1: %2: no &quot;events:&quot; line</source>
        <translation>%1: %2: &quot;events:&quot; 行がありません</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: %3 行目: %4</translation>
    </message>
    <message>
        <source>the events: line names no event</source>
        <translation>events: 行にイベントがありません</translation>
    </message>
    <message>
        <source>a second events: line with other events</source>
        <translation>別のイベントを持つ 2 つ目の events: 行があります</translation>
    </message>
    <message>
        <source>name (%1) is used before it is defined</source>
        <translation>名前 (%1) が定義前に使われています</translation>
    </message>
    <message>
        <source>name (%1) is defined twice</source>
        <translation>名前 (%1) が 2 回定義されています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is relative to column %2 of the previous cost line, which has none</source>
        <translation>&quot;%1&quot; は前のコスト行の %2 列目を基準にしていますが、その列がありません</translation>
    </message>
    <message>
        <source>the line after calls= is not a cost line</source>
        <translation>calls= の次の行がコスト行ではありません</translation>
    </message>
    <message>
        <source>not a header, an assignment or a cost line</source>
        <translation>ヘッダー、代入、コスト行のいずれでもありません</translation>
    </message>
    <message>
        <source>a cost line before the events: line</source>
        <translation>events: 行より前にコスト行があります</translation>
    </message>
    <message>
        <source>%1: %2: no cost lines</source>
        <translation>%1: %2: コスト行がありません</translation>
    </message>
</context>
<context>
    <name>ChromeCpuProfileImporter</name>
    <message>
        <source>no nodes</source>
        <translation>ノードがありません</translation>
    </message>
    <message>
        <source>node %1 has no id</source>
        <translation>ノード %1 に ID がありません</translation>
    </message>
    <message>
        <source>node id %1 appears twice</source>
        <translation>ノード ID %1 が 2 回出現しています</translation>
    </message>
    <message>
        <source>node %1 has an unknown child %2</source>
        <translation>ノード %1 に不明な子 %2 があります</translation>
    </message>
    <message>
        <source>%1 samples but %2 timeDeltas</source>
        <translation>サンプルが %1 個あるのに timeDeltas が %2 個です</translation>
    </message>
    <message>
        <source>startTime %1 is out of range</source>
        <translation>startTime %1 が範囲外です</translation>
    </message>
    <message>
        <source>timeDeltas[%1] %2 takes the time out of range</source>
        <translation>timeDeltas[%1] %2 で時刻が範囲外になります</translation>
    </message>
    <message>
        <source>endTime %1 is out of range</source>
        <translation>endTime %1 が範囲外です</translation>
    </message>
    <message>
        <source>%1 samples but %2 timestamps</source>
        <translation>サンプルが %1 個あるのに timestamps が %2 個です</translation>
    </message>
    <message>
        <source>timestamps[%1] %2 is out of range</source>
        <translation>timestamps[%1] %2 が範囲外です</translation>
    </message>
    <message>
        <source>samples without timeDeltas or timestamps</source>
        <translation>timeDeltas も timestamps もないサンプルです</translation>
    </message>
    <message>
        <source>sample %1 is not a node id: %2</source>
        <translation>サンプル %1 がノード ID ではありません: %2</translation>
    </message>
    <message>
        <source>the samples&apos; durations add up to more than %1 microseconds</source>
        <translation>サンプルの時間の合計が %1 マイクロ秒を超えています</translation>
    </message>
    <message>
        <source>%1 nodes name a parent that the profile does not define; their stacks start at the root</source>
        <translation>%1 個のノードがプロファイルで定義されていない親を指しています。そのスタックはルートから始まります</translation>
    </message>
    <message>
        <source>%1 samples name a node that the profile does not define; they count as &quot;(unknown node)&quot;</source>
        <translation>%1 個のサンプルがプロファイルで定義されていないノードを指しています。&quot;(unknown node)&quot; として数えます</translation>
    </message>
    <message>
        <source>node %1 is its own ancestor</source>
        <translation>ノード %1 が自分自身の祖先になっています</translation>
    </message>
</context>
<context>
    <name>ChromeTraceImporter</name>
    <message>
        <source>%1 ProfileChunk events without their Profile event were skipped</source>
        <translation>Profile イベントのない ProfileChunk イベント %1 個をスキップしました</translation>
    </message>
    <message>
        <source>CPU profile %1 (pid %2, tid %3): %4</source>
        <translation>CPU プロファイル %1 (pid %2、tid %3): %4</translation>
    </message>
    <message>
        <source>sample %1 refers to stack frame %2, which is missing or in a cycle</source>
        <translation>サンプル %1 が参照するスタックフレーム %2 は存在しないか循環しています</translation>
    </message>
    <message>
        <source>%1 X events without dur or tdur were skipped</source>
        <translation>dur も tdur もない X イベント %1 個をスキップしました</translation>
    </message>
    <message>
        <source>%1 E events matched no open B event and were ignored</source>
        <translation>開いている B イベントに対応しない E イベント %1 個を無視しました</translation>
    </message>
    <message>
        <source>%1 B events were closed by the E event of an enclosing frame</source>
        <translation>%1 個の B イベントが外側のフレームの E イベントで閉じられました</translation>
    </message>
    <message>
        <source>%1 B events were never closed and end at their thread&apos;s last timestamp</source>
        <translation>%1 個の B イベントが閉じられず、スレッドの最後のタイムスタンプで終わります</translation>
    </message>
    <message>
        <source>%1 events overlapped the end of their parent and were cut there</source>
        <translation>%1 個のイベントが親の終わりを越えていたため、そこで切り詰めました</translation>
    </message>
    <message>
        <source>expected an array of events or an object with &quot;traceEvents&quot;</source>
        <translation>イベントの配列か &quot;traceEvents&quot; を持つオブジェクトが必要です</translation>
    </message>
    <message>
        <source>no B/E/X events, CPU profile or samples to show</source>
        <translation>表示できる B/E/X イベント、CPU プロファイル、サンプルがありません</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>not a subcommand</source>
        <translation>サブコマンドではありません</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: そのようなファイルはありません</translation>
    </message>
    <message>
        <source>%1: the profile has no sample types</source>
        <translation>%1: プロファイルにサンプルの種類がありません</translation>
    </message>
    <message>
        <source>%1: no sample type &quot;%2&quot;; the profile has: %3</source>
        <translation>%1: サンプルの種類 &quot;%2&quot; はありません。プロファイルにあるのは: %3</translation>
    </message>
</context>
<context>
    <name>CollapsedImporter</name>
    <message>
        <source>%1: %2: no stack lines: the input is empty</source>
        <translation>%1: %2: スタック行がありません: 入力が空です</translation>
    </message>
    <message>
        <source>%1: %2: no valid stack line; line %3 is not &quot;frame;frame;... count&quot;: %4</source>
        <translation>%1: %2: 有効なスタック行がありません。%3 行目が &quot;frame;frame;... count&quot; ではありません: %4</translation>
    </message>
    <message>
        <source>skipped %1 malformed line (first at line %2: %3)</source>
        <translation>不正な行を %1 行スキップしました (最初は %2 行目: %3)</translation>
    </message>
    <message>
        <source>skipped %1 malformed lines (first at line %2: %3)</source>
        <translation>不正な行を %1 行スキップしました (最初は %2 行目: %3)</translation>
    </message>
    <message>
        <source>rounded %1 fractional count to whole numbers (first at line %2)</source>
        <translation>小数の件数 %1 個を整数に丸めました (最初は %2 行目)</translation>
    </message>
    <message>
        <source>rounded %1 fractional counts to whole numbers (first at line %2)</source>
        <translation>小数の件数 %1 個を整数に丸めました (最初は %2 行目)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the format, sample types, totals, node and function counts.</source>
        <translation>形式、サンプルの種類、合計、ノード数と関数の数を表示します。</translation>
    </message>
    <message>
        <source>Print the function table, sorted by self.</source>
        <translation>関数テーブルをセルフ順に表示します。</translation>
    </message>
    <message>
        <source>Write the profile in the format that OUT&apos;s extension names.</source>
        <translation>OUT の拡張子が示す形式でプロファイルを書き出します。</translation>
    </message>
    <message>
        <source>Compare BASE with NEW: write the diff (-o OUT.json) or print it (--json).</source>
        <translation>BASE と NEW を比較します: 差分を書き出す (-o OUT.json) か表示します (--json)。</translation>
    </message>
    <message>
        <source>Print a library&apos;s or a timed profile&apos;s totals over time (--json: the series).</source>
        <translation>ライブラリまたは時刻付きプロファイルの合計の推移を表示します (--json: 系列)。</translation>
    </message>
    <message>
        <source>Write a server&apos;s merge of a range in the format that OUT&apos;s extension names.</source>
        <translation>サーバーでマージした範囲を OUT の拡張子が示す形式で書き出します。</translation>
    </message>
    <message>
        <source>Add profiles to the profile library, list them, remove them.</source>
        <translation>プロファイルライブラリへのプロファイルの追加、一覧表示、削除を行います。</translation>
    </message>
    <message>
        <source>Run a command, record its profiles (perf or SDK pushes), write and store them.</source>
        <translation>コマンドを実行してプロファイルを記録し (perf または SDK のプッシュ)、書き出して保存します。</translation>
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
        <translation>使い方: %1 [FILE...] [--screenshot OUT.png ...]
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
        <translation>サーバーのベアラートークン (既定値: $PYROGRAPH_TOKEN)。</translation>
    </message>
    <message>
        <source>A server&apos;s basic-auth user (default: $PYROSCOPE_BASIC_AUTH_USER).</source>
        <translation>サーバーの Basic 認証ユーザー (既定値: $PYROSCOPE_BASIC_AUTH_USER)。</translation>
    </message>
    <message>
        <source>That user&apos;s password (default: $PYROSCOPE_BASIC_AUTH_PASSWORD).</source>
        <translation>そのユーザーのパスワード (既定値: $PYROSCOPE_BASIC_AUTH_PASSWORD)。</translation>
    </message>
    <message>
        <source>A server&apos;s tenant, X-Scope-OrgID (default: $PYROSCOPE_TENANT_ID).</source>
        <translation>サーバーのテナント、X-Scope-OrgID (既定値: $PYROSCOPE_TENANT_ID)。</translation>
    </message>
    <message>
        <source>Seconds a server may take to connect and to answer (default 30).</source>
        <translation>サーバーの接続と応答を待つ秒数 (既定値 30)。</translation>
    </message>
    <message>
        <source>https: the CA certificates (PEM) to trust instead of the system&apos;s.</source>
        <translation>https: システムの代わりに信頼する CA 証明書 (PEM)。</translation>
    </message>
    <message>
        <source>https: trust the server&apos;s certificate with this SHA-256 fingerprint, though no CA signed it.</source>
        <translation>https: CA の署名がなくても、この SHA-256 フィンガープリントを持つサーバー証明書を信頼します。</translation>
    </message>
    <message>
        <source>--trust-fingerprint wants a SHA-256 fingerprint (64 hex digits, colons allowed), got &quot;%1&quot;</source>
        <translation>--trust-fingerprint には SHA-256 フィンガープリント (16 進 64 桁、コロン可) を指定してください。指定値:「%1」</translation>
    </message>
    <message>
        <source>--timeout wants seconds (more than 0, at most a day), got &quot;%1&quot;</source>
        <translation>--timeout には秒数 (0 より大きく 1 日以内) を指定してください。指定値:「%1」</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>The sample type (default: the profile&apos;s).</source>
        <translation>サンプルの種類 (既定値: プロファイルの既定)。</translation>
    </message>
    <message>
        <source>NEW&apos;s sample type, when it is named differently from BASE&apos;s (-t, or BASE&apos;s default); the units must match.</source>
        <translation>NEW のサンプルの種類が BASE と違う名前のときに指定します (-t、または BASE の既定)。単位は一致している必要があります。</translation>
    </message>
    <message>
        <source>Print only the first N functions.</source>
        <translation>最初の N 個の関数だけを表示します。</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>書き出すファイル。拡張子で形式が決まります。</translation>
    </message>
    <message>
        <source>SVG/PNG: the image width in pixels (SVG default 1200).</source>
        <translation>SVG/PNG: 画像の幅 (ピクセル、SVG の既定値 1200)。</translation>
    </message>
    <message>
        <source>PNG: the image height in pixels (default 800).</source>
        <translation>PNG: 画像の高さ (ピクセル、既定値 800)。</translation>
    </message>
    <message>
        <source>PNG: device pixels per pixel (default 1).</source>
        <translation>PNG: 1 ピクセルあたりのデバイスピクセル (既定値 1)。</translation>
    </message>
    <message>
        <source>SVG: leave out boxes narrower than PX pixels (default 0.1).</source>
        <translation>SVG: PX ピクセルより細いボックスを省きます (既定値 0.1)。</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: the root on top.</source>
        <translation>SVG/HTML/PNG: ルートを上に置きます。</translation>
    </message>
    <message>
        <source>SVG/HTML/PNG: colour by self (heat), as the window&apos;s &quot;By self&quot;.</source>
        <translation>SVG/HTML/PNG: セルフで色分けします (ヒート)。ウィンドウの「セルフ順」と同じです。</translation>
    </message>
    <message>
        <source>SOURCE&apos;s profile type and label selector: &apos;TYPE{selector}&apos;.</source>
        <translation>SOURCE のプロファイルの種類とラベルセレクター: &apos;TYPE{selector}&apos;。</translation>
    </message>
    <message>
        <source>The range&apos;s start: now-1h, unix seconds or ms, RFC 3339.</source>
        <translation>範囲の開始: now-1h、Unix 秒またはミリ秒、RFC 3339。</translation>
    </message>
    <message>
        <source>The range&apos;s end (default: now, or a file&apos;s end).</source>
        <translation>範囲の終了 (既定値: 現在、またはファイルの終わり)。</translation>
    </message>
    <message>
        <source>Seconds per point (default: about 100 points).</source>
        <translation>1 点あたりの秒数 (既定値: 約 100 点)。</translation>
    </message>
    <message>
        <source>One series per value of LABEL.</source>
        <translation>LABEL の値ごとに 1 系列。</translation>
    </message>
    <message>
        <source>SOURCE&apos;s baseline range.</source>
        <translation>SOURCE の基準範囲。</translation>
    </message>
    <message>
        <source>SOURCE&apos;s range compared with it.</source>
        <translation>それと比較する SOURCE の範囲。</translation>
    </message>
    <message>
        <source>The baseline profile (with --base and --new: the SOURCE).</source>
        <translation>基準プロファイル (--base と --new を使うときは SOURCE)。</translation>
    </message>
    <message>
        <source>The profile compared with it (none with --base and --new).</source>
        <translation>それと比較するプロファイル (--base と --new を使うときは不要)。</translation>
    </message>
    <message>
        <source>A Pyroscope server: Grafana Pyroscope 1.x, Grafana Cloud Profiles or pyrograph serve.</source>
        <translation>Pyroscope サーバー: Grafana Pyroscope 1.x、Grafana Cloud Profiles または pyrograph serve。</translation>
    </message>
    <message>
        <source>A profile library, a profile file with sample times, or several profile files (each at its own time).</source>
        <translation>プロファイルライブラリ、サンプル時刻付きのプロファイルファイル、または複数のプロファイルファイル (それぞれ固有の時刻)。</translation>
    </message>
    <message>
        <source>The profile to read (&quot;-&quot; reads stdin).</source>
        <translation>読み込むプロファイル (「-」は標準入力)。</translation>
    </message>
    <message>
        <source>--base and --new go together</source>
        <translation>--base と --new は一緒に指定します</translation>
    </message>
    <message>
        <source>--query wants --base and --new</source>
        <translation>--query には --base と --new が必要です</translation>
    </message>
    <message>
        <source>--step wants seconds (more than 0), got &quot;%1&quot;</source>
        <translation>--step には秒数 (0 より大きい値) を指定してください。指定値:「%1」</translation>
    </message>
    <message>
        <source>--base and --new compare two ranges of one SOURCE, got %1 inputs</source>
        <translation>--base と --new は 1 つの SOURCE の 2 つの範囲を比較します。入力数: %1</translation>
    </message>
    <message>
        <source>takes two input files, BASE and NEW, got %1</source>
        <translation>入力ファイルは BASE と NEW の 2 つです。指定数: %1</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>入力ファイルが指定されていません</translation>
    </message>
    <message>
        <source>takes exactly one input file, got %1</source>
        <translation>入力ファイルはちょうど 1 つです。指定数: %1</translation>
    </message>
    <message>
        <source>-n wants a count (0 or more), got &quot;%1&quot;</source>
        <translation>-n には個数 (0 以上) を指定してください。指定値:「%1」</translation>
    </message>
    <message>
        <source>--width and --height want whole pixels (1 to 100000), --scale a factor (0.01 to 16), --minwidth pixels (0 or more)</source>
        <translation>--width と --height には整数のピクセル (1〜100000)、--scale には倍率 (0.01〜16)、--minwidth にはピクセル (0 以上) を指定してください</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>出力ファイルが指定されていません (-o OUT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL (http:// or https://)</source>
        <translation>「%1」はサーバーの URL ではありません (http:// または https://)</translation>
    </message>
    <message>
        <source>no query given (--query &apos;TYPE{selector}&apos;)</source>
        <translation>クエリが指定されていません (--query &apos;TYPE{selector}&apos;)</translation>
    </message>
    <message>
        <source>Pyrograph: a flamegraph workbench. Opens each FILE in a tab; see the subcommands below.</source>
        <translation>Pyrograph: フレームグラフのワークベンチ。各 FILE をタブで開きます。サブコマンドは下記のとおりです。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Open the files (none: the welcome page), save the window to OUT.png once imported, exit.</source>
        <translation>ファイルを開き (なければようこそページ)、読み込み後にウィンドウを OUT.png に保存して終了します。</translation>
    </message>
    <message>
        <source>The window size for --screenshot.</source>
        <translation>--screenshot のウィンドウサイズ。</translation>
    </message>
    <message>
        <source>The view: flamegraph, table, both or sandwich; for a diff file also diff, side-by-side or diff-table.</source>
        <translation>ビュー: flamegraph、table、both または sandwich。差分ファイルでは diff、side-by-side、diff-table も可。</translation>
    </message>
    <message>
        <source>Search for TEXT in every tab.</source>
        <translation>すべてのタブで TEXT を検索します。</translation>
    </message>
    <message>
        <source>Zoom to a call path, root first: &apos;main;serve;parse&apos;.</source>
        <translation>呼び出しパスにズームします (ルートから): &apos;main;serve;parse&apos;。</translation>
    </message>
    <message>
        <source>The flamegraph renderer: gl, raster or auto.</source>
        <translation>フレームグラフのレンダラー: gl、raster または auto。</translation>
    </message>
    <message>
        <source>Open SOURCE (a library, a profile with sample times or a server&apos;s URL) in the timeline window.</source>
        <translation>SOURCE (ライブラリ、サンプル時刻付きのプロファイル、またはサーバーの URL) をタイムラインウィンドウで開きます。</translation>
    </message>
    <message>
        <source>Timeline: the profile type and label selector, &apos;TYPE{selector}&apos;.</source>
        <translation>タイムライン: プロファイルの種類とラベルセレクター、&apos;TYPE{selector}&apos;。</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s start (now-1h, unix s or ms, RFC 3339).</source>
        <translation>タイムライン: クエリの開始 (now-1h、Unix 秒またはミリ秒、RFC 3339)。</translation>
    </message>
    <message>
        <source>Timeline: the query&apos;s end.</source>
        <translation>タイムライン: クエリの終了。</translation>
    </message>
    <message>
        <source>Timeline: select this range (its merge is shown).</source>
        <translation>タイムライン: この範囲を選択します (マージ結果を表示)。</translation>
    </message>
    <message>
        <source>Timeline: compare --range with this range.</source>
        <translation>タイムライン: --range をこの範囲と比較します。</translation>
    </message>
    <message>
        <source>Timeline: show a file&apos;s subsecond heatmap (FlameScope).</source>
        <translation>タイムライン: ファイルのサブ秒ヒートマップを表示します (FlameScope)。</translation>
    </message>
    <message>
        <source>Timeline: the label breakdown by LABEL.</source>
        <translation>タイムライン: LABEL ごとの内訳。</translation>
    </message>
    <message>
        <source>Profiles to open (&quot;-&quot; reads stdin).</source>
        <translation>開くプロファイル (「-」は標準入力)。</translation>
    </message>
    <message>
        <source>Subcommands (no display needed):</source>
        <translation>サブコマンド (ディスプレイ不要):</translation>
    </message>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API over a profile library (push, pull, query).</source>
        <translation>プロファイルライブラリ上で Grafana Pyroscope の API を提供します (プッシュ、プル、クエリ)。</translation>
    </message>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof.</source>
        <translation>Go プログラムの net/http/pprof からプロファイルを 1 つ取得します。</translation>
    </message>
    <message>
        <source>the timeline wants a SOURCE</source>
        <translation>タイムラインには SOURCE が必要です</translation>
    </message>
    <message>
        <source>--compare wants --range</source>
        <translation>--compare には --range が必要です</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT (e.g. 1600x900), got &quot;%1&quot;</source>
        <translation>--size には 幅x高さ (例: 1600x900) を指定してください。指定値:「%1」</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; the views are: %2</source>
        <translation>不明なビュー「%1」。ビューは次のとおりです: %2</translation>
    </message>
    <message>
        <source>--zoom wants a call path, root first: &apos;main;serve&apos;</source>
        <translation>--zoom には呼び出しパスをルートから指定してください: &apos;main;serve&apos;</translation>
    </message>
    <message>
        <source>unknown renderer &quot;%1&quot;; the renderers are: gl, raster, auto</source>
        <translation>不明なレンダラー「%1」。レンダラーは gl、raster、auto です</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Pyrograph already runs (without it, the FILEs open as tabs of the running window).</source>
        <translation>Pyrograph が既に起動していても、別のウィンドウを開きます（指定しない場合、FILE は起動中のウィンドウのタブとして開きます）。</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 対 %2</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (基準)</translation>
    </message>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (比較)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Profiles</source>
        <translation>プロファイルを比較</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基準:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>比較:</translation>
    </message>
    <message>
        <source>Baseline sample type:</source>
        <translation>基準のサンプルの種類:</translation>
    </message>
    <message>
        <source>Comparison sample type:</source>
        <translation>比較のサンプルの種類:</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>記録: %1</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>その他のファイル…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Baseline Profile</source>
        <translation>基準プロファイル</translation>
    </message>
    <message>
        <source>Comparison Profile</source>
        <translation>比較プロファイル</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Choose the two profiles to compare: open tabs or files of any format.</source>
        <translation>比較する 2 つのプロファイルを選んでください: 開いているタブ、または任意の形式のファイル。</translation>
    </message>
    <message>
        <source>Choose the sample type of each profile.</source>
        <translation>各プロファイルのサンプルの種類を選んでください。</translation>
    </message>
    <message>
        <source>Cannot compare %1 (%2 in %3) with %4 (%5 in %6): the units differ. Choose sample types with the same unit.</source>
        <translation>%1 (%3 の %2) と %4 (%6 の %5) は単位が異なるため比較できません。同じ単位のサンプルの種類を選んでください。</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Baseline</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source> — %1 total</source>
        <translation> — 合計 %1</translation>
    </message>
    <message>
        <source>Baseline flame graph</source>
        <translation>基準のフレームグラフ</translation>
    </message>
    <message>
        <source>Comparison flame graph</source>
        <translation>比較のフレームグラフ</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>the URL&apos;s host</source>
        <translation>URL のホスト</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>ベアラートークン</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>ユーザーとパスワード</translation>
    </message>
    <message>
        <source>X-Scope-OrgID, if the server has tenants</source>
        <translation>X-Scope-OrgID (サーバーにテナントがある場合)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>https: the system&apos;s CAs</source>
        <translation>https: システムの CA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>保存済み:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>テナント:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>タイムアウト:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA ファイル:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://</source>
        <translation>URL は http:// または https:// で始まる必要があります</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>接続しました: %1</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>No certificate authority this system trusts signed the certificate of %1.

SHA-256 fingerprint:
%2

Trust it only if this is your server&apos;s certificate (compare the fingerprint with the server&apos;s).</source>
        <translation>%1 の証明書は、このシステムが信頼する認証局によって署名されていません。

SHA-256 フィンガープリント:
%2

ご自分のサーバーの証明書である場合にのみ信頼してください (フィンガープリントをサーバーのものと比べてください)。</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>この証明書を信頼</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>キーチェーンがありません</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the secret of &quot;%1&quot; (%2).

Store it in Pyrograph&apos;s settings file as plain text, readable by anyone who can read that file? Otherwise you type it again next time.</source>
        <translation>「%1」(%2) の秘密情報を保管するシステムのキーチェーンがありません。

Pyrograph の設定ファイルに平文で保存しますか? そのファイルを読める人なら誰でも読めます。保存しない場合は次回もう一度入力します。</translation>
    </message>
</context>
<context>
    <name>DiffBuilder</name>
    <message>
        <source>no sample types</source>
        <translation>サンプルの種類なし</translation>
    </message>
    <message>
        <source>%1 has no sample types</source>
        <translation>%1 にサンプルの種類がありません</translation>
    </message>
    <message>
        <source>%1 has no sample type &quot;%2&quot;; it has: %3</source>
        <translation>%1 にサンプルの種類 &quot;%2&quot; はありません。あるのは: %3</translation>
    </message>
    <message>
        <source>%1 and %2 have no sample type in common (%1: %3; %2: %4); choose which to compare</source>
        <translation>%1 と %2 に共通のサンプルの種類がありません (%1: %3、%2: %4)。比較するものを選んでください</translation>
    </message>
    <message>
        <source>%1 has no sample type %2</source>
        <translation>%1 にサンプルの種類 %2 はありません</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: the units differ (%1: %3, %2: %4)</source>
        <translation>%1 と %2 は比較できません: 単位が異なります (%1: %3、%2: %4)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>nothing to write</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <source>%1: unknown diff output format; the supported extensions are: %2</source>
        <translation>%1: 不明な差分出力形式です。対応する拡張子: %2</translation>
    </message>
    <message>
        <source>sample type: %1/%2, baseline: %3, comparison: %4</source>
        <translation>サンプルの種類: %1/%2、基準: %3、比較: %4</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>change%</source>
        <translation>変化%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>DiffLegend</name>
    <message>
        <source>(removed)</source>
        <translation>(削除)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(新規)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s share of its profile&apos;s total (relative)</source>
        <translation>各関数がプロファイル合計に占める割合の変化 (相対)</translation>
    </message>
    <message>
        <source>Change of each function&apos;s value (absolute)</source>
        <translation>各関数の値の変化 (絶対)</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Baseline self</source>
        <translation>基準のセルフ</translation>
    </message>
    <message>
        <source>Comparison self</source>
        <translation>比較のセルフ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Change % (share)</source>
        <translation>変化 % (割合)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>変化 %</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Diff flamegraph</source>
        <translation>差分フレームグラフ</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>左右に並べる</translation>
    </message>
    <message>
        <source>Diff table</source>
        <translation>差分テーブル</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>絶対値</translation>
    </message>
    <message>
        <source>Compare raw values instead of each function&apos;s share of its profile&apos;s total</source>
        <translation>各関数がプロファイル合計に占める割合ではなく、生の値を比較します</translation>
    </message>
    <message>
        <source> Colours: </source>
        <translation> 色: </translation>
    </message>
    <message>
        <source>Green to red</source>
        <translation>緑から赤</translation>
    </message>
    <message>
        <source>Blue to red (colour-blind)</source>
        <translation>青から赤 (色覚多様性対応)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in a flamegraph)</source>
        <translation>ツリー全体を表示 (フレームグラフで Esc)</translation>
    </message>
    <message>
        <source>Diff flame graph</source>
        <translation>差分フレームグラフ</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: 不明なエクスポート形式です。対応する拡張子: %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>There is no profile to export.</source>
        <translation>エクスポートするプロファイルがありません。</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>エクスポートがまだ実行中です。</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: 不明なエクスポート形式です。対応する拡張子: %2</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 をエクスポート中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Containing Folder</source>
        <translation>含まれているフォルダーを開く</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 を %2 にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: 不明なエクスポート形式です。対応する拡張子: %2</translation>
    </message>
</context>
<context>
    <name>FlameGraphAccessible</name>
    <message>
        <source>Flame graph</source>
        <translation>フレームグラフ</translation>
    </message>
    <message>
        <source>No box selected: the arrow keys move through the boxes, Enter zooms in, Escape zooms out.</source>
        <translation>ボックスが選択されていません: 矢印キーでボックス間を移動し、Enter でズームイン、Escape でズームアウトします。</translation>
    </message>
</context>
<context>
    <name>FlameGraphView</name>
    <message>
        <source>Click: zoom in · Esc: zoom out · Ctrl+wheel: zoom · drag: pan · wheel: scroll</source>
        <translation>クリック: ズームイン · Esc: ズームアウト · Ctrl+ホイール: ズーム · ドラッグ: パン · ホイール: スクロール</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>ビューをリセット</translation>
    </message>
</context>
<context>
    <name>FlameToolTip</name>
    <message>
        <source>Total: %1 (%2 of all, %3 of parent)</source>
        <translation>合計: %1 (全体の %2、呼び出し元の %3)</translation>
    </message>
    <message>
        <source>Total: %1 (%2 of all)</source>
        <translation>合計: %1 (全体の %2)</translation>
    </message>
    <message>
        <source>Self: %1 (%2 of all)</source>
        <translation>セルフ: %1 (全体の %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n functions, each too narrow to show; click to zoom in to them</source>
        <translation>
            <numerusform>%n 個の関数 (どれも細すぎて表示できません)。クリックでズームインします</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (新規)</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (削除)</translation>
    </message>
    <message>
        <source>Baseline: %1 (%2 of %3)</source>
        <translation>基準: %1 (%3 の %2)</translation>
    </message>
    <message>
        <source>Comparison: %1 (%2 of %3)</source>
        <translation>比較: %1 (%3 の %2)</translation>
    </message>
    <message>
        <source>Change: %1 (share %2%3 points, %4 relative)</source>
        <translation>変化: %1 (割合 %2%3 ポイント、相対 %4)</translation>
    </message>
    <message>
        <source>Change: %1 (%2)</source>
        <translation>変化: %1 (%2)</translation>
    </message>
    <message>
        <source>Only in the comparison: not called in the baseline.</source>
        <translation>比較にのみ存在: 基準では呼び出されていません。</translation>
    </message>
    <message>
        <source>Only in the baseline: no longer called in the comparison.</source>
        <translation>基準にのみ存在: 比較ではもう呼び出されていません。</translation>
    </message>
</context>
<context>
    <name>FlamebearerImporter</name>
    <message>
        <source>level %1 has %2 values, not a multiple of %3</source>
        <translation>レベル %1 の値が %2 個で、%3 の倍数ではありません</translation>
    </message>
    <message>
        <source>level %1, value %2 is not an integer</source>
        <translation>レベル %1 の値 %2 が整数ではありません</translation>
    </message>
    <message>
        <source>level %1, node %2: name index %3 outside names[0..%4)</source>
        <translation>レベル %1、ノード %2: 名前インデックス %3 が names[0..%4) の範囲外です</translation>
    </message>
    <message>
        <source>level %1, node %2: negative total</source>
        <translation>レベル %1、ノード %2: 合計が負です</translation>
    </message>
    <message>
        <source>level %1: the node at x=%2 (width %3) lies in no node of level %4</source>
        <translation>レベル %1: x=%2 (幅 %3) のノードがレベル %4 のどのノードにも含まれません</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>バイト %1 で JSON が不正です: %2</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>ドキュメントが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>no &quot;flamebearer&quot; or &quot;flamegraph&quot; object</source>
        <translation>&quot;flamebearer&quot; または &quot;flamegraph&quot; オブジェクトがありません</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>名前がありません</translation>
    </message>
    <message>
        <source>no levels</source>
        <translation>レベルがありません</translation>
    </message>
    <message>
        <source>the flamegraph is empty (no samples)</source>
        <translation>フレームグラフが空です (サンプルなし)</translation>
    </message>
    <message>
        <source>the nodes add up to %1, not the %2 that the file gives as its total</source>
        <translation>ノードの合計は %1 で、ファイルが示す合計 %2 と一致しません</translation>
    </message>
</context>
<context>
    <name>FoldedWriter</name>
    <message>
        <source>%1: no sample type %2</source>
        <translation>%1: サンプルの種類 %2 がありません</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: 書き込みに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>FunctionActions</name>
    <message>
        <source>Focus on this function</source>
        <translation>この関数にフォーカス</translation>
    </message>
    <message>
        <source>Collapse this function</source>
        <translation>この関数を折りたたむ</translation>
    </message>
    <message>
        <source>Copy function name</source>
        <translation>関数名をコピー</translation>
    </message>
    <message>
        <source>Show in sandwich view</source>
        <translation>サンドイッチビューで表示</translation>
    </message>
</context>
<context>
    <name>FunctionTableModel</name>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>セルフ</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>セルフ %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>合計 %</translation>
    </message>
</context>
<context>
    <name>GeckoProcessedProfile</name>
    <message>
        <source>%1.stackTable: %2 prefixes for %3 frames</source>
        <translation>%1.stackTable: %3 フレームに対してプレフィックスが %2 個です</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 %4</source>
        <translation>%1.samples: スタックが %2 個あるのに %4 が %3 個です</translation>
    </message>
    <message>
        <source>%1.samples: %2 stacks but %3 weights</source>
        <translation>%1.samples: スタックが %2 個あるのに重みが %3 個です</translation>
    </message>
    <message>
        <source>%1.funcTable.name[%2]: %3 is not in the string array (%4 strings)</source>
        <translation>%1.funcTable.name[%2]: %3 が文字列配列にありません (%4 個の文字列)</translation>
    </message>
    <message>
        <source>%1.stackTable.prefixOffset[%2]: %3 reaches before the first stack</source>
        <translation>%1.stackTable.prefixOffset[%2]: %3 が最初のスタックより前を指しています</translation>
    </message>
    <message>
        <source>%1.stackTable.prefix[%2]: %3 is not an earlier stack</source>
        <translation>%1.stackTable.prefix[%2]: %3 は前のスタックではありません</translation>
    </message>
    <message>
        <source>%1.stackTable.frame[%2]: %3 is not in the frameTable (%4 frames)</source>
        <translation>%1.stackTable.frame[%2]: %3 が frameTable にありません (%4 フレーム)</translation>
    </message>
    <message>
        <source>%1.frameTable.func[%2]: %3 is not in the funcTable (%4 functions)</source>
        <translation>%1.frameTable.func[%2]: %3 が funcTable にありません (%4 関数)</translation>
    </message>
    <message>
        <source>%1.samples.%2[%3] is not a number</source>
        <translation>%1.samples.%2[%3] が数値ではありません</translation>
    </message>
    <message>
        <source>%1.samples.stack[%2]: %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1.samples.stack[%2]: %3 が stackTable にありません (%4 スタック)</translation>
    </message>
    <message>
        <source>%1.samples.weight[%2] is not a number</source>
        <translation>%1.samples.weight[%2] が数値ではありません</translation>
    </message>
    <message>
        <source>%1: %2 (processed, version %3): %4</source>
        <translation>%1: %2 (処理済み、バージョン %3): %4</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>&quot;threads&quot; 配列が必要です</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 はスレッドオブジェクトではありません</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>どのスレッドにもサンプルがありません</translation>
    </message>
</context>
<context>
    <name>GeckoProfileImporter</name>
    <message>
        <source>%1: expected samples, stackTable and frameTable with &quot;data&quot; arrays</source>
        <translation>%1: &quot;data&quot; 配列を持つ samples、stackTable、frameTable が必要です</translation>
    </message>
    <message>
        <source>%1: frameTable.data[%2]: location %3 is not in the stringTable (%4 strings)</source>
        <translation>%1: frameTable.data[%2]: 位置 %3 が stringTable にありません (%4 個の文字列)</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: prefix %3 is not an earlier stack</source>
        <translation>%1: stackTable.data[%2]: プレフィックス %3 は前のスタックではありません</translation>
    </message>
    <message>
        <source>%1: stackTable.data[%2]: frame %3 is not in the frameTable (%4 frames)</source>
        <translation>%1: stackTable.data[%2]: フレーム %3 が frameTable にありません (%4 フレーム)</translation>
    </message>
    <message>
        <source>%1: startTime %2 is out of range</source>
        <translation>%1: startTime %2 が範囲外です</translation>
    </message>
    <message>
        <source>%1: samples.data[%2] has no time</source>
        <translation>%1: samples.data[%2] に時刻がありません</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: stack %3 is not in the stackTable (%4 stacks)</source>
        <translation>%1: samples.data[%2]: スタック %3 が stackTable にありません (%4 スタック)</translation>
    </message>
    <message>
        <source>%1: samples.data[%2]: time %3 is out of range</source>
        <translation>%1: samples.data[%2]: 時刻 %3 が範囲外です</translation>
    </message>
    <message>
        <source>%1: the samples&apos; durations add up to more than 2^62 ns</source>
        <translation>%1: サンプルの時間の合計が 2^62 ns を超えています</translation>
    </message>
    <message>
        <source>%1: processes nest deeper than 16 levels</source>
        <translation>%1: プロセスの入れ子が 16 レベルを超えています</translation>
    </message>
    <message>
        <source>%1 is not a thread object</source>
        <translation>%1 はスレッドオブジェクトではありません</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array in &quot;profile&quot;</source>
        <translation>&quot;profile&quot; 内に &quot;threads&quot; 配列が必要です</translation>
    </message>
    <message>
        <source>expected a &quot;threads&quot; array</source>
        <translation>&quot;threads&quot; 配列が必要です</translation>
    </message>
    <message>
        <source>no samples in any thread</source>
        <translation>どのスレッドにもサンプルがありません</translation>
    </message>
</context>
<context>
    <name>GhcProfImporter</name>
    <message>
        <source>cost_centres[%1] has no numeric &quot;id&quot;</source>
        <translation>cost_centres[%1] に数値の &quot;id&quot; がありません</translation>
    </message>
    <message>
        <source>%1: cost centre %2 is not in cost_centres</source>
        <translation>%1: コストセンター %2 が cost_centres にありません</translation>
    </message>
    <message>
        <source>%1: &quot;children&quot; is not an array</source>
        <translation>%1: &quot;children&quot; が配列ではありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of 0 or more</source>
        <translation>%1: &quot;%2&quot; が 0 以上の数値ではありません</translation>
    </message>
    <message>
        <source>no &quot;cost_centres&quot; array</source>
        <translation>&quot;cost_centres&quot; 配列がありません</translation>
    </message>
    <message>
        <source>no &quot;profile&quot; object</source>
        <translation>&quot;profile&quot; オブジェクトがありません</translation>
    </message>
    <message>
        <source>no positive &quot;tick_interval&quot;</source>
        <translation>正の &quot;tick_interval&quot; がありません</translation>
    </message>
    <message>
        <source>line %1: the tree has no ticks and bytes columns and the report gives no &quot;total time&quot; and &quot;total alloc&quot;</source>
        <translation>%1 行目: ツリーに ticks 列と bytes 列がなく、レポートにも &quot;total time&quot; と &quot;total alloc&quot; がありません</translation>
    </message>
    <message>
        <source>line %1: expected %2 columns, found %3</source>
        <translation>%1 行目: %2 列のはずが %3 列あります</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a cost-centre row</source>
        <translation>%1 行目: &quot;%2&quot; はコストセンターの行ではありません</translation>
    </message>
    <message>
        <source>line %1: %time or %alloc is not a percentage</source>
        <translation>%1 行目: %time または %alloc がパーセント値ではありません</translation>
    </message>
    <message>
        <source>no cost-centre tree (a &quot;COST CENTRE ... no. entries&quot; header)</source>
        <translation>コストセンターのツリーがありません (&quot;COST CENTRE ... no. entries&quot; ヘッダー)</translation>
    </message>
    <message>
        <source>the report has no ticks and bytes columns (+RTS -p rather than -P): cpu and alloc are estimated from the rounded percentages of %1 rows</source>
        <translation>レポートに ticks 列と bytes 列がありません (-P ではなく +RTS -p): cpu と alloc は %1 行の丸められたパーセント値から推定しています</translation>
    </message>
    <message>
        <source>%1: %2: no cost centre has ticks, allocation or entries</source>
        <translation>%1: %2: ticks、割り当て、エントリを持つコストセンターがありません</translation>
    </message>
</context>
<context>
    <name>GzipStreamWriter</name>
    <message>
        <source>%1: zlib did not start</source>
        <translation>%1: zlib を開始できませんでした</translation>
    </message>
    <message>
        <source>%1: deflate failed</source>
        <translation>%1: deflate に失敗しました</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Boxes are coloured by their self value (what the frame spends itself, not in its callees) against the largest self in the profile: pale yellow for none, red for the largest (%1).</source>
        <translation>ボックスはセルフ値 (呼び出し先ではなくそのフレーム自身が費やした分) で、プロファイル中最大のセルフを基準に色分けされます: なしは淡い黄色、最大 (%1) は赤。</translation>
    </message>
    <message>
        <source>Self (heat)</source>
        <translation>セルフ (ヒート)</translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <source>%1 (%2) exceeds the limit of %3; raise it with %4 if the input is trusted</source>
        <translation>%1 (%2) が上限 %3 を超えています。入力が信頼できる場合は %4 で上限を引き上げてください</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>file: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>format: %1 (diff)</source>
        <translation>形式: %1 (差分)</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>形式: %1</translation>
    </message>
    <message>
        <source>sample types:</source>
        <translation>サンプルの種類:</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[既定]</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>ノード数: %1</translation>
    </message>
    <message>
        <source>functions: %1</source>
        <translation>関数の数: %1</translation>
    </message>
    <message>
        <source>max depth: %1</source>
        <translation>最大の深さ: %1</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>時刻: %1</translation>
    </message>
    <message>
        <source>duration: %1</source>
        <translation>期間: %1</translation>
    </message>
    <message>
        <source>period: %1 (%2/%3)</source>
        <translation>周期: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>spy: %1</source>
        <translation>spy: %1</translation>
    </message>
    <message>
        <source>sample rate: %1 Hz</source>
        <translation>サンプリングレート: %1 Hz</translation>
    </message>
    <message>
        <source>labels:</source>
        <translation>ラベル:</translation>
    </message>
    <message>
        <source>sample label keys: %1</source>
        <translation>サンプルのラベルキー: %1</translation>
    </message>
    <message>
        <source>comments:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <source>warnings:</source>
        <translation>警告:</translation>
    </message>
</context>
<context>
    <name>InputStream</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot seek back: %2</source>
        <translation>%1: 先頭に戻れません: %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: 読み取りエラー: %2</translation>
    </message>
    <message>
        <source>%1: %2: cannot initialise zlib</source>
        <translation>%1: %2: zlib を初期化できません</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb (--max-decompressed raises the limit)</source>
        <translation>%1: %2 データが %3 バイトを超えて展開されます: 展開爆弾の可能性があるため拒否します (--max-decompressed で上限を引き上げられます)</translation>
    </message>
    <message>
        <source>%1: %2 data decompresses past %3 bytes: refusing a likely decompression bomb</source>
        <translation>%1: %2 データが %3 バイトを超えて展開されます: 展開爆弾の可能性があるため拒否します</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data at byte %3: %4</source>
        <translation>%1: %2: バイト %3 の圧縮データが壊れています: %4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a member</source>
        <translation>%1: %2: 途切れています: 圧縮データがメンバーの途中のバイト %3 で終わっています</translation>
    </message>
    <message>
        <source>%1: %2: corrupt compressed data near byte %3: %4</source>
        <translation>%1: %2: バイト %3 付近の圧縮データが壊れています: %4</translation>
    </message>
    <message>
        <source>%1: %2: truncated: the compressed data ends at byte %3 in the middle of a frame</source>
        <translation>%1: %2: 途切れています: 圧縮データがフレームの途中のバイト %3 で終わっています</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>another instance listens on %1</source>
        <translation>別のインスタンスが %1 で待ち受けています</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>InstrumentsImporter</name>
    <message>
        <source>weight &quot;%1 %2&quot; is out of range</source>
        <translation>重み &quot;%1 %2&quot; が範囲外です</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>不明な単位 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2: line 1 is not a deep copy header (a weight column and &quot;Symbol Name&quot;)</source>
        <translation>%1: %2: 1 行目が deep copy のヘッダー (重みの列と &quot;Symbol Name&quot;) ではありません</translation>
    </message>
    <message>
        <source>%1: %2: line %3: %4</source>
        <translation>%1: %2: %3 行目: %4</translation>
    </message>
    <message>
        <source>%1: %2: no rows under the header</source>
        <translation>%1: %2: ヘッダーの下に行がありません</translation>
    </message>
    <message>
        <source>%1: %2: line %3 is indented %4 deep under a frame at depth %5</source>
        <translation>%1: %2: %3 行目の字下げ %4 が、深さ %5 のフレームの下としては深すぎます</translation>
    </message>
</context>
<context>
    <name>JfrByteReader</name>
    <message>
        <source>truncated chunk: %1 bytes needed, %2 left</source>
        <translation>チャンクが途切れています: %1 バイト必要ですが残りは %2 です</translation>
    </message>
    <message>
        <source>%1 %2 is outside its chunk (bytes %3 to %4)</source>
        <translation>%1 %2 がチャンクの範囲外です (バイト %3 から %4)</translation>
    </message>
    <message>
        <source>truncated chunk inside a compressed integer</source>
        <translation>圧縮整数の途中でチャンクが途切れています</translation>
    </message>
    <message>
        <source>%1 %2 is more than the %3 bytes left in the chunk</source>
        <translation>%1 %2 がチャンクの残り %3 バイトを超えています</translation>
    </message>
    <message>
        <source>%1 of %2 bytes runs past the chunk (%3 left)</source>
        <translation>%2 バイトの %1 がチャンクを越えています (残り %3)</translation>
    </message>
    <message>
        <source>constant pool offset</source>
        <translation>定数プールのオフセット</translation>
    </message>
    <message>
        <source>constant pool count</source>
        <translation>定数プールの数</translation>
    </message>
    <message>
        <source>constant count</source>
        <translation>定数の数</translation>
    </message>
    <message>
        <source>constant offset</source>
        <translation>定数のオフセット</translation>
    </message>
    <message>
        <source>event offset</source>
        <translation>イベントのオフセット</translation>
    </message>
    <message>
        <source>metadata attribute count</source>
        <translation>メタデータの属性数</translation>
    </message>
    <message>
        <source>metadata child count</source>
        <translation>メタデータの子の数</translation>
    </message>
    <message>
        <source>metadata string count</source>
        <translation>メタデータの文字列数</translation>
    </message>
    <message>
        <source>metadata string length</source>
        <translation>メタデータの文字列の長さ</translation>
    </message>
    <message>
        <source>metadata string</source>
        <translation>メタデータの文字列</translation>
    </message>
    <message>
        <source>metadata offset</source>
        <translation>メタデータのオフセット</translation>
    </message>
    <message>
        <source>string length</source>
        <translation>文字列の長さ</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>array length</source>
        <translation>配列の長さ</translation>
    </message>
</context>
<context>
    <name>JfrConstantPools</name>
    <message>
        <source>the constant pool chain comes back to the checkpoint at byte %1</source>
        <translation>定数プールのチェーンがバイト %1 のチェックポイントに戻っています</translation>
    </message>
    <message>
        <source>checkpoint event size %1 runs past its chunk</source>
        <translation>チェックポイントイベントのサイズ %1 がチャンクを越えています</translation>
    </message>
    <message>
        <source>the constant pool offset points at an event of type %1, not at a checkpoint (type 1)</source>
        <translation>定数プールのオフセットがチェックポイント (型 1) ではなく型 %1 のイベントを指しています</translation>
    </message>
    <message>
        <source>a constant pool of the undeclared type id %1</source>
        <translation>宣言されていない型 ID %1 の定数プールがあります</translation>
    </message>
    <message>
        <source>checkpoint event runs past its size of %1 bytes</source>
        <translation>チェックポイントイベントがサイズ %1 バイトを越えています</translation>
    </message>
</context>
<context>
    <name>JfrImporter</name>
    <message>
        <source>%1: %2: no execution, allocation, lock or park events in %3 chunk(s)</source>
        <translation>%1: %2: %3 個のチャンクに実行、割り当て、ロック、park のイベントがありません</translation>
    </message>
</context>
<context>
    <name>JfrMetadata</name>
    <message>
        <source>metadata string index %1 is not one of its %2 strings</source>
        <translation>メタデータの文字列インデックス %1 が %2 個の文字列の範囲外です</translation>
    </message>
    <message>
        <source>metadata nested deeper than %1</source>
        <translation>メタデータの入れ子が %1 を超えています</translation>
    </message>
    <message>
        <source>metadata event size %1 runs past its chunk</source>
        <translation>メタデータイベントのサイズ %1 がチャンクを越えています</translation>
    </message>
    <message>
        <source>the metadata offset points at an event of type %1, not at the metadata event (type 0)</source>
        <translation>メタデータのオフセットがメタデータイベント (型 0) ではなく型 %1 のイベントを指しています</translation>
    </message>
    <message>
        <source>metadata string with encoding %1</source>
        <translation>エンコーディング %1 のメタデータ文字列</translation>
    </message>
    <message>
        <source>the metadata&apos;s first element is &quot;%1&quot;, not &quot;root&quot;</source>
        <translation>メタデータの最初の要素が &quot;root&quot; ではなく &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>metadata class id &quot;%1&quot; is not a number</source>
        <translation>メタデータのクラス ID &quot;%1&quot; が数値ではありません</translation>
    </message>
    <message>
        <source>metadata field class &quot;%1&quot; is not a number</source>
        <translation>メタデータのフィールドクラス &quot;%1&quot; が数値ではありません</translation>
    </message>
    <message>
        <source>metadata declares class id %1 twice</source>
        <translation>メタデータでクラス ID %1 が 2 回宣言されています</translation>
    </message>
    <message>
        <source>the metadata event runs past its size of %1 bytes</source>
        <translation>メタデータイベントがサイズ %1 バイトを越えています</translation>
    </message>
    <message>
        <source>field %1.%2 has the undeclared type id %3</source>
        <translation>フィールド %1.%2 の型 ID %3 が宣言されていません</translation>
    </message>
</context>
<context>
    <name>JfrRecordingReader</name>
    <message>
        <source>truncated chunk header: %1 of %2 bytes</source>
        <translation>チャンクのヘッダーが途切れています: %2 バイト中 %1 バイト</translation>
    </message>
    <message>
        <source>no chunk magic &quot;FLR\0&quot;</source>
        <translation>チャンクのマジック &quot;FLR\0&quot; がありません</translation>
    </message>
    <message>
        <source>unsupported JFR version %1</source>
        <translation>未対応の JFR バージョン %1</translation>
    </message>
    <message>
        <source>truncated chunk: its header says %1 bytes, %2 are left</source>
        <translation>チャンクが途切れています: ヘッダーでは %1 バイトですが残りは %2 バイトです</translation>
    </message>
    <message>
        <source>constant pool offset %1 is outside its chunk of %2 bytes</source>
        <translation>定数プールのオフセット %1 が %2 バイトのチャンクの範囲外です</translation>
    </message>
    <message>
        <source>metadata offset %1 is outside its chunk of %2 bytes</source>
        <translation>メタデータのオフセット %1 が %2 バイトのチャンクの範囲外です</translation>
    </message>
    <message>
        <source>ticks per second %1 is not positive</source>
        <translation>1 秒あたりのティック数 %1 が正ではありません</translation>
    </message>
    <message>
        <source>event size %1 runs past its chunk (%2 bytes left)</source>
        <translation>イベントのサイズ %1 がチャンクを越えています (残り %2 バイト)</translation>
    </message>
    <message>
        <source>event runs past its size of %1 bytes</source>
        <translation>イベントがサイズ %1 バイトを越えています</translation>
    </message>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 (バイト %4)</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: メモリ不足です</translation>
    </message>
    <message>
        <source>%1: %2: the file holds no chunk</source>
        <translation>%1: %2: ファイルにチャンクがありません</translation>
    </message>
</context>
<context>
    <name>JfrValueReader</name>
    <message>
        <source>more values than a chunk of this size can hold (a loop of empty values?)</source>
        <translation>このサイズのチャンクに収まる数を超える値があります (空の値のループ?)</translation>
    </message>
    <message>
        <source>string with the unknown encoding %1</source>
        <translation>不明なエンコーディング %1 の文字列</translation>
    </message>
    <message>
        <source>values nested deeper than %1</source>
        <translation>値の入れ子が %1 を超えています</translation>
    </message>
    <message>
        <source>a value of the undeclared type id %1</source>
        <translation>宣言されていない型 ID %1 の値があります</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>%1: %2: invalid JSON at byte %3: %4</source>
        <translation>%1: %2: バイト %3 で JSON が不正です: %4</translation>
    </message>
    <message>
        <source>%1: %2: expected a JSON object at the top</source>
        <translation>%1: %2: 最上位に JSON オブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>LabelFitBox</name>
    <message>
        <source>Which end of a long name a label keeps: head first &quot;github.com/org/repo/pkg/sto…&quot;, tail first &quot;…storage.(*Writer).Flush&quot;. Auto takes the tail when most names are package-qualified (Go, Java).</source>
        <translation>長い名前のどちらの端をラベルに残すか: 先頭優先「github.com/org/repo/pkg/sto…」、末尾優先「…storage.(*Writer).Flush」。自動は、ほとんどの名前がパッケージ修飾付き (Go、Java) のとき末尾を残します。</translation>
    </message>
    <message>
        <source>Head first</source>
        <translation>先頭優先</translation>
    </message>
    <message>
        <source>Tail first</source>
        <translation>末尾優先</translation>
    </message>
    <message>
        <source>Auto: tail first</source>
        <translation>自動: 末尾優先</translation>
    </message>
    <message>
        <source>Auto: head first</source>
        <translation>自動: 先頭優先</translation>
    </message>
</context>
<context>
    <name>LabelSelector</name>
    <message>
        <source>expected a quoted value at position %1</source>
        <translation>位置 %1 に引用符で囲んだ値が必要です</translation>
    </message>
    <message>
        <source>unknown escape \%1 at position %2</source>
        <translation>位置 %2 に不明なエスケープ \%1 があります</translation>
    </message>
    <message>
        <source>unterminated quoted value at position %1</source>
        <translation>位置 %1 で引用符で囲んだ値が閉じられていません</translation>
    </message>
    <message>
        <source>expected a metric name or &apos;{&apos; at position %1</source>
        <translation>位置 %1 にメトリック名か &apos;{&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; at position %1</source>
        <translation>位置 %1 に &apos;{&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; at position %1</source>
        <translation>位置 %1 に &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>expected a label name at position %1</source>
        <translation>位置 %1 にラベル名が必要です</translation>
    </message>
    <message>
        <source>expected =, !=, =~ or !~ at position %1</source>
        <translation>位置 %1 に =、!=、=~、!~ のいずれかが必要です</translation>
    </message>
    <message>
        <source>invalid regex at position %1: %2</source>
        <translation>位置 %1 の正規表現が不正です: %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at position %1</source>
        <translation>位置 %1 に &apos;,&apos; か &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos; at position %1</source>
        <translation>位置 %1 で &apos;}&apos; の後に余分なテキストがあります</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: フォルダー %2 が存在しません</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL mode (%2)</source>
        <translation>%1: WAL モードに切り替えられません (%2)</translation>
    </message>
    <message>
        <source>%1: no profile to store</source>
        <translation>%1: 保存するプロファイルがありません</translation>
    </message>
    <message>
        <source>%1: %2 profile types for %3 sample types</source>
        <translation>%1: %3 個のサンプルの種類に対してプロファイルの種類が %2 個です</translation>
    </message>
    <message>
        <source>%1: label name &quot;%2&quot; is not valid (letters, digits and _, not starting with a digit)</source>
        <translation>%1: ラベル名 &quot;%2&quot; が不正です (英字、数字、_ で、数字で始まらないこと)</translation>
    </message>
    <message>
        <source>%1: the profile ends before it starts</source>
        <translation>%1: プロファイルの終了が開始より前です</translation>
    </message>
    <message>
        <source>%1: the profile has no sample type to store</source>
        <translation>%1: プロファイルに保存するサンプルの種類がありません</translation>
    </message>
    <message>
        <source>%1: zstd could not compress the profile</source>
        <translation>%1: zstd でプロファイルを圧縮できませんでした</translation>
    </message>
    <message>
        <source>not a profile type: %1</source>
        <translation>プロファイルの種類ではありません: %1</translation>
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
        <translation>add、ls、rm のどれですか?</translation>
    </message>
    <message>
        <source>The profile library: one SQLite file (default: %1).
</source>
        <translation>プロファイルライブラリ: 1 つの SQLite ファイル (既定値: %1)。
</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; the actions are add, ls and rm</source>
        <translation>不明な操作 &quot;%1&quot; です。操作は add、ls、rm です</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>ライブラリファイル (既定値: データフォルダー内のもの)。</translation>
    </message>
    <message>
        <source>The service_name label of the profiles.</source>
        <translation>プロファイルの service_name ラベル。</translation>
    </message>
    <message>
        <source>A label of the profiles (repeatable).</source>
        <translation>プロファイルのラベル (複数指定可)。</translation>
    </message>
    <message>
        <source>When the profiles were taken: RFC 3339 or unix seconds (default: the profile&apos;s own time, else the file&apos;s modification time).</source>
        <translation>プロファイルを取得した時刻: RFC 3339 または Unix 秒 (既定値: プロファイル自身の時刻、なければファイルの更新時刻)。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Profiles to add.</source>
        <translation>追加するプロファイル。</translation>
    </message>
    <message>
        <source>Profiles to remove.</source>
        <translation>削除するプロファイル。</translation>
    </message>
    <message>
        <source>takes no arguments, got &quot;%1&quot;</source>
        <translation>引数は取りませんが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>ファイルが指定されていません</translation>
    </message>
    <message>
        <source>no id given</source>
        <translation>ID が指定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id (see library ls)</source>
        <translation>&quot;%1&quot; はプロファイル ID ではありません (library ls を参照)</translation>
    </message>
    <message>
        <source>no service given (--service NAME)</source>
        <translation>サービスが指定されていません (--service NAME)</translation>
    </message>
    <message>
        <source>--label wants name=value with a Prometheus label name (not starting with __), got &quot;%1&quot;</source>
        <translation>--label には Prometheus のラベル名 (__ で始まらないもの) を使った name=value が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>--at wants RFC 3339 (2024-05-01T12:00:00Z) or unix seconds, got &quot;%1&quot;</source>
        <translation>--at には RFC 3339 (2024-05-01T12:00:00Z) か Unix 秒が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>added %1: %2 (%3)</source>
        <translation>%1 を追加しました: %2 (%3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>removed %1 of %2</source>
        <translation>%2 件中 %1 件を削除しました</translation>
    </message>
    <message>
        <source>%1: %2 of the ids are not in the library</source>
        <translation>%1: ID のうち %2 件がライブラリにありません</translation>
    </message>
</context>
<context>
    <name>LibrarySchema</name>
    <message>
        <source>%1: not a Pyrograph library (%2)</source>
        <translation>%1: Pyrograph のライブラリではありません (%2)</translation>
    </message>
    <message>
        <source>it holds %1 tables of another program</source>
        <translation>別のプログラムのテーブルが %1 個あります</translation>
    </message>
    <message>
        <source>%1: made by a newer Pyrograph (schema version %2, this one reads up to %3)</source>
        <translation>%1: 新しい Pyrograph で作成されています (スキーマバージョン %2、このバージョンが読めるのは %3 まで)</translation>
    </message>
</context>
<context>
    <name>LimitOptions</name>
    <message>
        <source>Refuse a profile of more call tree nodes (default %1).</source>
        <translation>コールツリーのノード数がこれを超えるプロファイルを拒否します (既定値 %1)。</translation>
    </message>
    <message>
        <source>Refuse a stack of more frames (default %1).</source>
        <translation>フレーム数がこれを超えるスタックを拒否します (既定値 %1)。</translation>
    </message>
    <message>
        <source>Refuse a frame name longer than this, in bytes (default %1).</source>
        <translation>これより長いフレーム名を拒否します (バイト単位、既定値 %1)。</translation>
    </message>
    <message>
        <source>Refuse a profile of more sample types (default %1).</source>
        <translation>サンプルの種類がこれより多いプロファイルを拒否します (既定値 %1)。</translation>
    </message>
    <message>
        <source>Refuse gzip or zstd input that inflates past this many bytes (default %1).</source>
        <translation>展開後のサイズがこのバイト数を超える gzip や zstd の入力を拒否します (既定値 %1)。</translation>
    </message>
    <message>
        <source>--%1 wants a whole number above 0, got &quot;%2&quot;</source>
        <translation>--%1 には 0 より大きい整数が必要ですが、&quot;%2&quot; が指定されました</translation>
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
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Profile</source>
        <translation>サンプルプロファイルを開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>記録(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Receive &amp;Pushes</source>
        <translation>プッシュを受信(&amp;P)</translation>
    </message>
    <message>
        <source>Run a Pyroscope server in Pyrograph: SDKs push to it and every profile is kept in the library</source>
        <translation>Pyrograph 内で Pyroscope サーバーを動かします: SDK がプロファイルをプッシュし、すべてライブラリに保存されます</translation>
    </message>
    <message>
        <source>Scrape a &amp;Target…</source>
        <translation>ターゲットをスクレイプ(&amp;T)…</translation>
    </message>
    <message>
        <source>Have the server in Pyrograph fetch profiles from a Go program&apos;s net/http/pprof on a schedule</source>
        <translation>Pyrograph 内のサーバーに、Go プログラムの net/http/pprof から定期的にプロファイルを取得させます</translation>
    </message>
    <message>
        <source>Library &amp;Timeline</source>
        <translation>ライブラリのタイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>サーバーに接続(&amp;S)…</translation>
    </message>
    <message>
        <source>The timeline of a Grafana Pyroscope server, Grafana Cloud Profiles or pyrograph serve</source>
        <translation>Grafana Pyroscope サーバー、Grafana Cloud Profiles または pyrograph serve のタイムライン</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>キーボードとマウス(&amp;K)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Sample type: </source>
        <translation>サンプルの種類: </translation>
    </message>
    <message>
        <source>Search in the current tab</source>
        <translation>現在のタブを検索</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 はすでに開いています</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Cannot receive pushes: %1</source>
        <translation>プッシュを受信できません: %1</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · 1 profile stored</source>
        <translation>%1 でプッシュを受信中 · 1 件のプロファイルを保存</translation>
    </message>
    <message>
        <source>Receiving pushes on %1 · %2 profiles stored</source>
        <translation>%1 でプッシュを受信中 · %2 件のプロファイルを保存</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>ライブラリ: %1</translation>
    </message>
    <message>
        <source>%1 — Pyrograph</source>
        <translation>%1 — Pyrograph</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>プロファイルが開かれていません</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポート中…</translation>
    </message>
    <message numerus="yes">
        <source> (%n import(s) running)</source>
        <translation>
            <numerusform> (%n 件のインポートを実行中)</numerusform>
        </translation>
    </message>
    <message>
        <source>Renderer: %1</source>
        <translation>レンダラー: %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Open Profiles</source>
        <translation>プロファイルを開く</translation>
    </message>
    <message>
        <source>&amp;Default View for New Tabs</source>
        <translation>新しいタブの既定のビュー(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>テーブル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Flame Graph</source>
        <translation>フレームグラフ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>両方(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sandwich</source>
        <translation>サンドイッチ(&amp;S)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>エクスポートを取り消しました</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>言語(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
    <message>
        <source>The language changes when Pyrograph starts again.</source>
        <translation>言語は Pyrograph の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <source>Open profiles</source>
        <translation>開いているプロファイル</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>サンプルの種類</translation>
    </message>
    <message>
        <source>&amp;About Pyrograph</source>
        <translation>Pyrograph について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MatchLabel</name>
    <message>
        <source>Invalid regex</source>
        <translation>無効な正規表現</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%2 の %1%</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>一致: %1</translation>
    </message>
    <message>
        <source>%1 in %2 functions, %3 frames</source>
        <translation>%2 個の関数の %1、%3 フレーム</translation>
    </message>
</context>
<context>
    <name>PapyrusImporter</name>
    <message>
        <source>%1: %2: no profiler events</source>
        <translation>%1: %2: プロファイラーのイベントがありません</translation>
    </message>
    <message>
        <source>%1: %2: line %3 does not start with a time in milliseconds</source>
        <translation>%1: %2: %3 行目がミリ秒単位の時刻で始まっていません</translation>
    </message>
    <message>
        <source>%1: %2: line %3 goes back in time (%4 after %5)</source>
        <translation>%1: %2: %3 行目で時刻が戻っています (%5 の後に %4)</translation>
    </message>
    <message>
        <source>%1: %2: no PUSH, POP or QUEUE_PUSH events</source>
        <translation>%1: %2: PUSH、POP、QUEUE_PUSH のイベントがありません</translation>
    </message>
</context>
<context>
    <name>PerfProfileMerger</name>
    <message>
        <source>skipped %1 unrecognized line (first: line %2)</source>
        <translation>認識できない行を %1 行スキップしました (最初は %2 行目)</translation>
    </message>
    <message>
        <source>skipped %1 unrecognized lines (first: line %2)</source>
        <translation>認識できない行を %1 行スキップしました (最初は %2 行目)</translation>
    </message>
    <message>
        <source>events: each is a sample type; %1 is the default</source>
        <translation>イベント: それぞれがサンプルの種類です。既定は %1 です</translation>
    </message>
</context>
<context>
    <name>PerfScriptImporter</name>
    <message>
        <source>%1: %2: no samples found (expected `comm pid time: period event:` lines followed by stack frames)</source>
        <translation>%1: %2: サンプルが見つかりません (`comm pid time: period event:` 行とその後のスタックフレームが必要です)</translation>
    </message>
</context>
<context>
    <name>PmcstatImporter</name>
    <message>
        <source>%1: %2: no &quot;@ EVENT [N samples]&quot; header</source>
        <translation>%1: %2: &quot;@ EVENT [N samples]&quot; ヘッダーがありません</translation>
    </message>
    <message>
        <source>%1: %2: no call graph lines under the event header</source>
        <translation>%1: %2: イベントヘッダーの下にコールグラフの行がありません</translation>
    </message>
    <message>
        <source>skipped %1 line that is not a %2 call graph line (first at line %3)</source>
        <translation>%2 のコールグラフの行ではない行を %1 行スキップしました (最初は %3 行目)</translation>
    </message>
    <message>
        <source>skipped %1 lines that are not a %2 call graph line (first at line %3)</source>
        <translation>%2 のコールグラフの行ではない行を %1 行スキップしました (最初は %3 行目)</translation>
    </message>
</context>
<context>
    <name>PprofError</name>
    <message>
        <source>the string table is empty (string_table[0] must be &quot;&quot;)</source>
        <translation>文字列テーブルが空です (string_table[0] は &quot;&quot; でなければなりません)</translation>
    </message>
    <message>
        <source>string_table[0] is not empty</source>
        <translation>string_table[0] が空ではありません</translation>
    </message>
    <message>
        <source>the profile has no sample types</source>
        <translation>プロファイルにサンプルの種類がありません</translation>
    </message>
    <message>
        <source>duplicate function id %1</source>
        <translation>関数 ID %1 が重複しています</translation>
    </message>
    <message>
        <source>location id 0 (ids must be nonzero)</source>
        <translation>ロケーション ID が 0 です (ID は 0 以外でなければなりません)</translation>
    </message>
    <message>
        <source>duplicate location id %1</source>
        <translation>ロケーション ID %1 が重複しています</translation>
    </message>
    <message>
        <source>function id 0 (ids must be nonzero)</source>
        <translation>関数 ID が 0 です (ID は 0 以外でなければなりません)</translation>
    </message>
    <message>
        <source>location %1 refers to function id %2, which does not exist</source>
        <translation>ロケーション %1 が存在しない関数 ID %2 を参照しています</translation>
    </message>
    <message>
        <source>default_sample_type &quot;%1&quot; is not a sample type; using the last one</source>
        <translation>default_sample_type &quot;%1&quot; はサンプルの種類ではありません。最後の種類を使います</translation>
    </message>
    <message>
        <source>string index %1 out of range (the table has %2 strings)</source>
        <translation>文字列インデックス %1 が範囲外です (テーブルの文字列は %2 個)</translation>
    </message>
    <message>
        <source>sample has %1 values for %2 sample types</source>
        <translation>サンプルの値が %1 個ですが、サンプルの種類は %2 個です</translation>
    </message>
    <message>
        <source>sample refers to location id %1, which does not exist</source>
        <translation>サンプルが存在しないロケーション ID %1 を参照しています</translation>
    </message>
    <message>
        <source>larger than 2 GiB, which libprotobuf cannot parse</source>
        <translation>2 GiB を超えており、libprotobuf では解析できません</translation>
    </message>
    <message>
        <source>not a valid Profile message (libprotobuf could not parse it)</source>
        <translation>有効な Profile メッセージではありません (libprotobuf で解析できませんでした)</translation>
    </message>
    <message>
        <source>truncated varint</source>
        <translation>varint が途切れています</translation>
    </message>
    <message>
        <source>malformed varint (more than 10 bytes)</source>
        <translation>不正な varint です (10 バイト超)</translation>
    </message>
    <message>
        <source>invalid field number %1</source>
        <translation>不正なフィールド番号 %1</translation>
    </message>
    <message>
        <source>field length %1 runs past the end of its message (%2 bytes left)</source>
        <translation>フィールド長 %1 がメッセージの終わりを越えています (残り %2 バイト)</translation>
    </message>
    <message>
        <source>truncated fixed-size field</source>
        <translation>固定長フィールドが途切れています</translation>
    </message>
    <message>
        <source>unsupported wire type %1</source>
        <translation>未対応のワイヤタイプ %1</translation>
    </message>
</context>
<context>
    <name>PprofImporter</name>
    <message>
        <source>%1: %2: %3 at byte %4</source>
        <translation>%1: %2: %3 (バイト %4)</translation>
    </message>
    <message>
        <source>%1: %2: out of memory</source>
        <translation>%1: %2: メモリ不足です</translation>
    </message>
</context>
<context>
    <name>PprofWriter</name>
    <message>
        <source>%1: could not compress the profile</source>
        <translation>%1: プロファイルを圧縮できませんでした</translation>
    </message>
</context>
<context>
    <name>ProfileBlob</name>
    <message>
        <source>stored profile: not a zstd frame of known size</source>
        <translation>保存済みプロファイル: サイズが既知の zstd フレームではありません</translation>
    </message>
    <message>
        <source>stored profile: zstd: %1</source>
        <translation>保存済みプロファイル: zstd: %1</translation>
    </message>
    <message>
        <source>stored profile: corrupt %1</source>
        <translation>保存済みプロファイル: %1 が壊れています</translation>
    </message>
    <message>
        <source>header (unknown version)</source>
        <translation>ヘッダー (不明なバージョン)</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>tree (depth)</source>
        <translation>ツリー (深さ)</translation>
    </message>
    <message>
        <source>tree (name)</source>
        <translation>ツリー (名前)</translation>
    </message>
    <message>
        <source>values</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>the number of sample types</source>
        <translation>サンプルの種類の数</translation>
    </message>
    <message>
        <source>a frame name of %1 bytes</source>
        <translation>%1 バイトのフレーム名</translation>
    </message>
    <message>
        <source>the values of a sample type add up past %1, more than a 64-bit total can hold safely: the file&apos;s counts are not real</source>
        <translation>サンプルの種類の値の合計が %1 を超え、64 ビットの合計で安全に扱える範囲を超えています: ファイルの件数は実際の値ではありません</translation>
    </message>
    <message>
        <source>a stack of %1 frames</source>
        <translation>%1 フレームのスタック</translation>
    </message>
    <message>
        <source>the call tree&apos;s node count</source>
        <translation>コールツリーのノード数</translation>
    </message>
</context>
<context>
    <name>ProfileExporter</name>
    <message>
        <source>collapsed stacks, root first (flamegraph.pl)</source>
        <translation>折りたたみスタック、ルートが先頭 (flamegraph.pl)</translation>
    </message>
    <message>
        <source>Pyroscope flamebearer JSON</source>
        <translation>Pyroscope flamebearer JSON</translation>
    </message>
    <message>
        <source>gzipped pprof, every sample type</source>
        <translation>gzip 圧縮の pprof、すべてのサンプルの種類</translation>
    </message>
    <message>
        <source>speedscope&apos;s file format, every sample type</source>
        <translation>speedscope のファイル形式、すべてのサンプルの種類</translation>
    </message>
    <message>
        <source>interactive SVG flamegraph (zoom, search; flamegraph.pl&apos;s --width, --minwidth)</source>
        <translation>インタラクティブな SVG フレームグラフ (ズーム、検索。flamegraph.pl の --width、--minwidth)</translation>
    </message>
    <message>
        <source>self-contained interactive HTML page (flamegraph, search, function table)</source>
        <translation>単体で動くインタラクティブな HTML ページ (フレームグラフ、検索、関数テーブル)</translation>
    </message>
    <message>
        <source>PNG picture of the flamegraph (--width, --height, --scale)</source>
        <translation>フレームグラフの PNG 画像 (--width、--height、--scale)</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>不明なエクスポート形式</translation>
    </message>
</context>
<context>
    <name>ProfileReader</name>
    <message>
        <source>%1: the input is empty</source>
        <translation>%1: 入力が空です</translation>
    </message>
    <message>
        <source>%1: unrecognised format (tried %2)</source>
        <translation>%1: 形式を認識できません (試した形式: %2)</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポート中…</translation>
    </message>
    <message>
        <source>Show one thread&apos;s samples alone</source>
        <translation>1 つのスレッドのサンプルだけを表示</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>%1: the import failed</source>
        <translation>%1: インポートに失敗しました</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>すべてのスレッド</translation>
    </message>
    <message>
        <source>Filtering thread %1…</source>
        <translation>スレッド %1 で絞り込み中…</translation>
    </message>
    <message>
        <source>%1: %2 total, %3 functions</source>
        <translation>%1: 合計 %2、関数 %3 個</translation>
    </message>
    <message>
        <source> in thread %1</source>
        <translation> (スレッド %1)</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Show the whole profile again</source>
        <translation>プロファイル全体を再び表示</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>The function table alone</source>
        <translation>関数テーブルのみ</translation>
    </message>
    <message>
        <source>Flame Graph</source>
        <translation>フレームグラフ</translation>
    </message>
    <message>
        <source>The flamegraph alone</source>
        <translation>フレームグラフのみ</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <source>The table and the flamegraph side by side</source>
        <translation>テーブルとフレームグラフを左右に並べて表示</translation>
    </message>
    <message>
        <source>Sandwich</source>
        <translation>サンドイッチ</translation>
    </message>
    <message>
        <source>The callers and callees of the selected function</source>
        <translation>選択した関数の呼び出し元と呼び出し先</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Icicle</source>
        <translation>アイシクル</translation>
    </message>
    <message>
        <source>Root at the top (icicle) instead of the bottom (flame)</source>
        <translation>ルートを下 (フレーム) ではなく上 (アイシクル) に置きます</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>By package</source>
        <translation>パッケージ別</translation>
    </message>
    <message>
        <source>By self (heat)</source>
        <translation>セルフ別 (ヒート)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <source>Show the whole tree (Esc in the flamegraph)</source>
        <translation>ツリー全体を表示 (フレームグラフで Esc)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Match %1 of %2: %3</source>
        <translation>一致 %1/%2: %3</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <source>%1 — total %2 (%3), self %4 (%5)</source>
        <translation>%1 — 合計 %2 (%3)、セルフ %4 (%5)</translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation>%1 にフォーカス</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 を折りたたむ</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Showing the whole profile</source>
        <translation>プロファイル全体を表示中</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>フレームグラフ</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>関数テーブル</translation>
    </message>
    <message>
        <source>Self and total of every function; Enter shows it in the flame graph</source>
        <translation>各関数のセルフと合計。Enter でフレームグラフに表示します</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export PNG</source>
        <translation>PNG をエクスポート</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>倍率:</translation>
    </message>
    <message>
        <source>Every export format (%1)</source>
        <translation>すべてのエクスポート形式 (%1)</translation>
    </message>
    <message>
        <source>Profiles (%1);;All files (*)</source>
        <translation>プロファイル (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <source>This sample type has no samples</source>
        <translation>このサンプルの種類にはサンプルがありません</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Program, e.g. ./server or node</source>
        <translation>プログラム (例: ./server、node)</translation>
    </message>
    <message>
        <source>Its arguments; &quot;double quotes&quot; keep words together</source>
        <translation>引数。「二重引用符」で単語をまとめます</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Working Folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>Automatic (perf for a native program, else SDK pushes)</source>
        <translation>自動 (ネイティブプログラムは perf、それ以外は SDK のプッシュ)</translation>
    </message>
    <message>
        <source>perf record</source>
        <translation>perf record</translation>
    </message>
    <message>
        <source>Pyroscope SDK pushes</source>
        <translation>Pyroscope SDK のプッシュ</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>コマンド(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>引数(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>作業フォルダー(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>The command&apos;s output</source>
        <translation>コマンドの出力</translation>
    </message>
    <message>
        <source>&amp;Start Recording</source>
        <translation>記録を開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Recording %1…</source>
        <translation>%1 を記録中…</translation>
    </message>
    <message>
        <source>Elapsed: %1:%2.%3</source>
        <translation>経過時間: %1:%2.%3</translation>
    </message>
    <message>
        <source>Nothing was recorded (exit status %1); see the output below.</source>
        <translation>何も記録されませんでした (終了ステータス %1)。下の出力を参照してください。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n profile(s) (exit status %1).</source>
        <translation>
            <numerusform>%n 件のプロファイルを記録しました (終了ステータス %1)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>a recording is running</source>
        <translation>記録を実行中です</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>何も記録されませんでした</translation>
    </message>
</context>
<context>
    <name>SafariTimelineImporter</name>
    <message>
        <source>expected recording.sampleStackTraces and recording.sampleDurations arrays</source>
        <translation>recording.sampleStackTraces 配列と recording.sampleDurations 配列が必要です</translation>
    </message>
    <message>
        <source>the recording has no samples (record with the JavaScript &amp; Events timeline on)</source>
        <translation>記録にサンプルがありません (&quot;JavaScript &amp; Events&quot; タイムラインをオンにして記録してください)</translation>
    </message>
    <message>
        <source>%1 samples but %2 sampleDurations</source>
        <translation>サンプルが %1 個あるのに sampleDurations が %2 個です</translation>
    </message>
    <message>
        <source>sample %1 has no stackFrames array or no timestamp</source>
        <translation>サンプル %1 に stackFrames 配列かタイムスタンプがありません</translation>
    </message>
    <message>
        <source>sampleDurations[%1] is not a duration</source>
        <translation>sampleDurations[%1] が時間の長さではありません</translation>
    </message>
</context>
<context>
    <name>SampleDurations</name>
    <message>
        <source>%1 samples came before the previous one of their thread; they count 0 time</source>
        <translation>%1 個のサンプルが同じスレッドの前のサンプルより前の時刻です。時間 0 として数えます</translation>
    </message>
</context>
<context>
    <name>SandwichView</name>
    <message>
        <source>Select a function in the table or the flame graph to see its callers and callees.</source>
        <translation>表やフレームグラフで関数を選ぶと、その呼び出し元と呼び出し先が表示されます。</translation>
    </message>
    <message>
        <source>Callers of %1</source>
        <translation>%1 の呼び出し元</translation>
    </message>
    <message>
        <source>Callees of %1</source>
        <translation>%1 の呼び出し先</translation>
    </message>
    <message>
        <source>Callers flame graph</source>
        <translation>呼び出し元のフレームグラフ</translation>
    </message>
    <message>
        <source>Callees flame graph</source>
        <translation>呼び出し先のフレームグラフ</translation>
    </message>
</context>
<context>
    <name>ScrapeCommand</name>
    <message>
        <source>Take one profile from a Go program&apos;s net/http/pprof (URL: http://host:port) and write it to OUT, in the format its extension names.</source>
        <translation>Go プログラムの net/http/pprof (URL: http://host:port) からプロファイルを 1 つ取得し、拡張子が示す形式で OUT に書き出します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The profile: %1 (default cpu).</source>
        <translation>プロファイル: %1 (既定値 cpu)。</translation>
    </message>
    <message>
        <source>cpu: how long to profile (default 10).</source>
        <translation>cpu: プロファイルを取る時間 (既定値 10)。</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format.</source>
        <translation>書き出すファイル。拡張子で形式が決まります。</translation>
    </message>
    <message>
        <source>The target, http://host:port.</source>
        <translation>対象 (http://host:port)。</translation>
    </message>
    <message>
        <source>wants one URL, got %1</source>
        <translation>URL を 1 つ指定してください (%1 個指定されました)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://host:port URL</source>
        <translation>&quot;%1&quot; は http://host:port 形式の URL ではありません</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of %2</source>
        <translation>--type: &quot;%1&quot; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>--seconds wants a positive number, got &quot;%1&quot;</source>
        <translation>--seconds には正の数が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>no output file given (-o OUT)</source>
        <translation>出力ファイルが指定されていません (-o OUT)</translation>
    </message>
    <message>
        <source>%1: unknown export format; the supported extensions are: %2</source>
        <translation>%1: 不明なエクスポート形式です。対応する拡張子: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes (%3), wrote %4</source>
        <translation>%1: %2 バイト (%3)、%4 を書き出しました</translation>
    </message>
</context>
<context>
    <name>ScrapeDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Scrape a Target</source>
        <translation>ターゲットをスクレイプ</translation>
    </message>
    <message>
        <source>the host&apos;s name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>アプリケーション(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>最後の成功</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Scrapes</source>
        <translation>スクレイプ回数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>The server is not running: turn on File &gt; Receive Pushes.</source>
        <translation>サーバーが動いていません: ファイル &gt; プッシュを受信 をオンにしてください。</translation>
    </message>
    <message>
        <source>Choose at least one profile.</source>
        <translation>プロファイルを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
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
        <translation>%1: 差分ではないため、ビュー「%2」はありません (差分ファイルのビュー: %3)</translation>
    </message>
    <message>
        <source>%1: no call path %2</source>
        <translation>%1: 呼び出しパス %2 はありません</translation>
    </message>
    <message>
        <source>the views were still busy after %1 s; the screenshot shows them unfinished</source>
        <translation>%1 秒たってもビューの処理が終わっていません。スクリーンショットは未完成の状態です</translation>
    </message>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1: スクリーンショットを書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case-insensitive; Enter zooms to the next match, Shift+Enter to the previous, Escape clears</source>
        <translation>大文字と小文字を区別しません。Enter で次の一致、Shift+Enter で前の一致にズームし、Escape で消去します</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>%1 (at offset %2)</source>
        <translation>%1 (位置 %2)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Serve Grafana Pyroscope&apos;s API (ingest, push, query) over a profile library until interrupted.</source>
        <translation>中断されるまで、プロファイルライブラリ上で Grafana Pyroscope の API (取り込み、プッシュ、クエリ) を提供します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1:4040; port 0: any free port).</source>
        <translation>待ち受けるアドレス (既定値 127.0.0.1:4040。ポート 0 は空いている任意のポート)。</translation>
    </message>
    <message>
        <source>The library file (default: the one in the data folder).</source>
        <translation>ライブラリファイル (既定値: データフォルダー内のもの)。</translation>
    </message>
    <message>
        <source>The largest request body taken, in bytes (default 16 MiB).</source>
        <translation>受け付ける最大のリクエスト本文 (バイト、既定値 16 MiB)。</translation>
    </message>
    <message>
        <source>How long profiles are kept: 7d, 12h, 30m (default 7d).</source>
        <translation>プロファイルを保持する期間: 7d、12h、30m (既定値 7d)。</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; on every request.</source>
        <translation>すべてのリクエストに &quot;Authorization: Bearer TOKEN&quot; を要求します。</translation>
    </message>
    <message>
        <source>Allow a non-loopback --listen without --token.</source>
        <translation>--token なしでループバック以外の --listen を許可します。</translation>
    </message>
    <message>
        <source>Scrape the targets of FILE&apos;s scrape-configs (Pyroscope&apos;s pull mode; state at GET /targets).</source>
        <translation>FILE の scrape-configs の対象から取得します (Pyroscope のプルモード。状態は GET /targets)。</translation>
    </message>
    <message>
        <source>Connections served at once; more are answered 503 (default %1).</source>
        <translation>同時に処理する接続数。超えた分には 503 を返します (既定値 %1)。</translation>
    </message>
    <message>
        <source>This subcommand.</source>
        <translation>このサブコマンド。</translation>
    </message>
    <message>
        <source>takes no files, got &quot;%1&quot;</source>
        <translation>ファイルは取りませんが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>--max-body wants a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-body にはバイト数が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>--max-connections wants a number above 0, got &quot;%1&quot;</source>
        <translation>--max-connections には 0 より大きい数が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>--retention wants a duration such as 7d, 12h or 30m, got &quot;%1&quot;</source>
        <translation>--retention には 7d、12h、30m のような期間が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>scraping %1 target of %2 (state: GET /targets)</source>
        <translation>%2 の %1 個の対象から取得しています (状態: GET /targets)</translation>
    </message>
    <message>
        <source>scraping %1 targets of %2 (state: GET /targets)</source>
        <translation>%2 の %1 個の対象から取得しています (状態: GET /targets)</translation>
    </message>
    <message>
        <source>interrupted, stopping after %1 profiles received</source>
        <translation>中断されました。%1 件のプロファイルを受信して停止します</translation>
    </message>
    <message>
        <source>terminated, stopping after %1 profiles received</source>
        <translation>終了要求を受けました。%1 件のプロファイルを受信して停止します</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>フレームグラフ</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>検索欄</translation>
    </message>
    <message>
        <source>Function table</source>
        <translation>関数テーブル</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the controls, the views and the tabs</source>
        <translation>コントロール、ビュー、タブの間を移動</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>クリック</translation>
    </message>
    <message>
        <source>Select a frame and zoom to it; click the zoomed frame to zoom out</source>
        <translation>フレームを選択してズーム。ズーム中のフレームをクリックするとズームアウト</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>ダブルクリック</translation>
    </message>
    <message>
        <source>The same as one click</source>
        <translation>クリックと同じ</translation>
    </message>
    <message>
        <source>Click a grey group</source>
        <translation>灰色のグループをクリック</translation>
    </message>
    <message>
        <source>Zoom into the functions too narrow to draw</source>
        <translation>細すぎて描けない関数にズームイン</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>ドラッグ</translation>
    </message>
    <message>
        <source>Pan sideways and up and down</source>
        <translation>左右上下にパン</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>ホイール</translation>
    </message>
    <message>
        <source>Scroll up and down</source>
        <translation>上下にスクロール</translation>
    </message>
    <message>
        <source>Horizontal wheel</source>
        <translation>横ホイール</translation>
    </message>
    <message>
        <source>Pan sideways</source>
        <translation>左右にパン</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+ホイール</translation>
    </message>
    <message>
        <source>Zoom in and out around the pointer</source>
        <translation>ポインターを中心にズームイン・アウト</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>右クリック</translation>
    </message>
    <message>
        <source>Focus, collapse, copy the name, show in the sandwich</source>
        <translation>フォーカス、折りたたみ、名前のコピー、サンドイッチで表示</translation>
    </message>
    <message>
        <source>Hover</source>
        <translation>ホバー</translation>
    </message>
    <message>
        <source>Total and self of a frame in the tooltip and the status bar</source>
        <translation>フレームの合計とセルフをツールチップとステータスバーに表示</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>矢印キー</translation>
    </message>
    <message>
        <source>Select the parent, a child or a neighbour</source>
        <translation>呼び出し元、呼び出し先、隣のフレームを選択</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Zoom to the selected frame</source>
        <translation>選択したフレームにズーム</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show the whole tree (Reset Zoom)</source>
        <translation>ツリー全体を表示 (ズームをリセット)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter、Shift+Enter</translation>
    </message>
    <message>
        <source>Zoom to the next, the previous match</source>
        <translation>次、前の一致にズーム</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索を消去</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>列見出しをクリック</translation>
    </message>
    <message>
        <source>Sort by it</source>
        <translation>その列で並べ替え</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter、ダブルクリック</translation>
    </message>
    <message>
        <source>Select the function (from the Table view: show its sandwich)</source>
        <translation>関数を選択 (テーブルビューからはサンドイッチを表示)</translation>
    </message>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>キーボードとマウス</translation>
    </message>
    <message>
        <source>Keys or mouse</source>
        <translation>キーまたはマウス</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>SpeedscopeImporter</name>
    <message>
        <source>%1 samples but %2 weights</source>
        <translation>サンプルが %1 個あるのに重みが %2 個です</translation>
    </message>
    <message>
        <source>sample %1 is not an array of frame indices</source>
        <translation>サンプル %1 がフレームインデックスの配列ではありません</translation>
    </message>
    <message>
        <source>sample %1 refers to frame %2, but there are %3 frames</source>
        <translation>サンプル %1 がフレーム %2 を参照していますが、フレームは %3 個です</translation>
    </message>
    <message>
        <source>weight %1 is not a number</source>
        <translation>重み %1 が数値ではありません</translation>
    </message>
    <message>
        <source>event %1 has no time (&quot;at&quot;)</source>
        <translation>イベント %1 に時刻 (&quot;at&quot;) がありません</translation>
    </message>
    <message>
        <source>event %1 refers to frame %2, but there are %3 frames</source>
        <translation>イベント %1 がフレーム %2 を参照していますが、フレームは %3 個です</translation>
    </message>
    <message>
        <source>event %1 goes back in time (at %2 after %3)</source>
        <translation>イベント %1 で時刻が戻っています (%3 の後に %2)</translation>
    </message>
    <message>
        <source>event %1 closes frame %2, but %3 is open</source>
        <translation>イベント %1 がフレーム %2 を閉じていますが、開いているのは %3 です</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>event %1 has type &quot;%2&quot; (expected &quot;O&quot; or &quot;C&quot;)</source>
        <translation>イベント %1 の型が &quot;%2&quot; です (&quot;O&quot; か &quot;C&quot; が必要です)</translation>
    </message>
    <message>
        <source>frame %1 opened at %2 is never closed</source>
        <translation>%2 で開いたフレーム %1 が閉じられていません</translation>
    </message>
    <message>
        <source>no profiles (&quot;profiles&quot; is missing or empty)</source>
        <translation>プロファイルがありません (&quot;profiles&quot; がないか空です)</translation>
    </message>
    <message>
        <source>frame %1 has no name</source>
        <translation>フレーム %1 に名前がありません</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; (expected &quot;sampled&quot; or &quot;evented&quot;)</source>
        <translation>型 &quot;%1&quot; (&quot;sampled&quot; か &quot;evented&quot; が必要です)</translation>
    </message>
    <message>
        <source>profile %1 (%2): %3</source>
        <translation>プロファイル %1 (%2): %3</translation>
    </message>
    <message>
        <source>rounded %1 fractional weights to whole numbers</source>
        <translation>小数の重み %1 個を整数に丸めました</translation>
    </message>
</context>
<context>
    <name>StackprofImporter</name>
    <message>
        <source>no &quot;mode&quot;</source>
        <translation>&quot;mode&quot; がありません</translation>
    </message>
    <message>
        <source>no &quot;raw&quot; stacks (record with raw: true)</source>
        <translation>&quot;raw&quot; スタックがありません (raw: true で記録してください)</translation>
    </message>
    <message>
        <source>raw[%1]: a stack of %2 frames does not fit in raw</source>
        <translation>raw[%1]: %2 フレームのスタックが raw に収まりません</translation>
    </message>
    <message>
        <source>raw[%1]: frame %2 is not in &quot;frames&quot;</source>
        <translation>raw[%1]: フレーム %2 が &quot;frames&quot; にありません</translation>
    </message>
    <message>
        <source>raw[%1]: the sample count is not a number</source>
        <translation>raw[%1]: サンプル数が数値ではありません</translation>
    </message>
    <message>
        <source>raw[%1]: %2 samples but only %3 raw_timestamp_deltas left</source>
        <translation>raw[%1]: サンプルが %2 個あるのに残りの raw_timestamp_deltas は %3 個だけです</translation>
    </message>
</context>
<context>
    <name>SubsecondHeatmap</name>
    <message numerus="yes">
        <source>%1 s + %2 ms: %n samples</source>
        <translation>
            <numerusform>%1 秒 + %2 ミリ秒: %n サンプル</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>total</source>
        <extracomment>The series of a query without a label breakdown, named as the flamegraph&apos;s root.</extracomment>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>TimelineCommand</name>
    <message>
        <source>--step too small for the range: over 1,000,000 points</source>
        <translation>--step が範囲に対して小さすぎます: 1,000,000 点を超えます</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>系列 %1</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>TimelineQuery</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: not a time: &quot;%2&quot; (now-1h, unix seconds or milliseconds, RFC 3339)</source>
        <translation>%1: 時刻ではありません: &quot;%2&quot; (now-1h、Unix 秒かミリ秒、RFC 3339)</translation>
    </message>
    <message>
        <source>--from is after --until</source>
        <translation>--from が --until より後です</translation>
    </message>
    <message>
        <source>%1: no profile type given (--query &apos;TYPE{...}&apos;); the profile types are: %2</source>
        <translation>%1: プロファイルの種類が指定されていません (--query &apos;TYPE{...}&apos;)。プロファイルの種類: %2</translation>
    </message>
    <message>
        <source>%1: no single profile type &quot;%2&quot;; the profile types are: %3</source>
        <translation>%1: &quot;%2&quot; に一致するプロファイルの種類が 1 つに決まりません。プロファイルの種類: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL</source>
        <translation>&quot;%1&quot;: FROM..UNTIL の形式が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: want FROM..UNTIL, two times (now-1h, unix seconds or milliseconds, RFC 3339), the first not after the second</source>
        <translation>&quot;%1&quot;: FROM..UNTIL の形式で 2 つの時刻 (now-1h、Unix 秒かミリ秒、RFC 3339) が必要で、1 つ目が 2 つ目より後であってはいけません</translation>
    </message>
</context>
<context>
    <name>TimelineSources</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: そのようなファイルはありません</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>ソースが指定されていません</translation>
    </message>
    <message>
        <source>%1: a library is a source of its own, not one of several files</source>
        <translation>%1: ライブラリは単独のソースです。複数ファイルの 1 つにはできません</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Timeline – %1</source>
        <translation>タイムライン – %1</translation>
    </message>
    <message>
        <source>The service (service_name)</source>
        <translation>サービス (service_name)</translation>
    </message>
    <message>
        <source>The profile type</source>
        <translation>プロファイルの種類</translation>
    </message>
    <message>
        <source>label selector: {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</source>
        <translation>ラベルセレクター: {region=&quot;eu&quot;, host=~&quot;web-.*&quot;}</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>過去 5 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Follow now</source>
        <translation>現在を追跡</translation>
    </message>
    <message>
        <source>Query again every %1 seconds</source>
        <translation>%1 秒ごとに再クエリ</translation>
    </message>
    <message>
        <source>Compare two ranges</source>
        <translation>2 つの範囲を比較</translation>
    </message>
    <message>
        <source>Label breakdown: one series per value of this label</source>
        <translation>内訳: このラベルの値ごとに 1 系列</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>内訳なし</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>内訳:</translation>
    </message>
    <message>
        <source>The whole query: drag to choose what the chart above shows</source>
        <translation>クエリ全体: ドラッグして上のグラフに表示する部分を選びます</translation>
    </message>
    <message>
        <source>Zoom to Ranges</source>
        <translation>範囲にズーム</translation>
    </message>
    <message>
        <source>Show only the selected ranges on the chart (double click: the whole query)</source>
        <translation>選択した範囲だけをグラフに表示 (ダブルクリック: クエリ全体)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running queries</source>
        <translation>実行中のクエリを停止</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>ライブラリに保存</translation>
    </message>
    <message>
        <source>Store the merge of each selected range in the local library</source>
        <translation>選択した各範囲のマージ結果をローカルライブラリに保存します</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Write the flame graph shown to a file (SVG, HTML, pprof, folded, …)</source>
        <translation>表示中のフレームグラフをファイルに書き出します (SVG、HTML、pprof、folded など)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Click a value to filter by it; Ctrl+click two to compare them</source>
        <translation>値をクリックで絞り込み、2 つを Ctrl+クリックで比較</translation>
    </message>
    <message>
        <source>Drag on the timeline to select a range; tick &quot;Compare two ranges&quot; and drag twice to compare.</source>
        <translation>タイムライン上をドラッグして範囲を選択します。「2 つの範囲を比較」にチェックを入れて 2 回ドラッグすると比較できます。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Subsecond heatmap</source>
        <translation>サブ秒ヒートマップ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>%1 に保存中…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n profile(s) to %1</source>
        <translation>
            <numerusform>%n 件のプロファイルを %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <source>Label selector: %1</source>
        <translation>ラベルセレクター: %1</translation>
    </message>
    <message>
        <source>No profiles in this range</source>
        <translation>この範囲にプロファイルはありません</translation>
    </message>
    <message>
        <source>Querying…</source>
        <translation>クエリ中…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n 系列</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>マージ中…</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 対 %2</translation>
    </message>
</context>
<context>
    <name>TopCommand</name>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5 (showing %6)</source>
        <translation>形式: %1、サンプルの種類: %2/%3、合計: %4、関数: %5 (%6 件を表示)</translation>
    </message>
    <message>
        <source>format: %1, sample type: %2/%3, total: %4, functions: %5</source>
        <translation>形式: %1、サンプルの種類: %2/%3、合計: %4、関数: %5</translation>
    </message>
    <message>
        <source>self</source>
        <translation>セルフ</translation>
    </message>
    <message>
        <source>self%</source>
        <translation>セルフ%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>total%</source>
        <translation>合計%</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>Transforms</name>
    <message>
        <source>no profiles to merge</source>
        <translation>マージするプロファイルがありません</translation>
    </message>
    <message>
        <source>profile %1 is missing</source>
        <translation>プロファイル %1 がありません</translation>
    </message>
    <message>
        <source>cannot merge: %1 has sample types %2, but %3 has %4</source>
        <translation>マージできません: %1 のサンプルの種類は %2 ですが、%3 は %4 です</translation>
    </message>
</context>
<context>
    <name>V8ProfLogImporter</name>
    <message>
        <source>this is a raw isolate log, which needs V8&apos;s tick processor to resolve its code addresses; preprocess it first with `node --prof-process --preprocess %1 &gt; profile.v8log.json` and open that</source>
        <translation>これは生の isolate ログで、コードアドレスの解決には V8 の tick processor が必要です。先に `node --prof-process --preprocess %1 &gt; profile.v8log.json` で前処理し、その結果を開いてください</translation>
    </message>
    <message>
        <source>expected &quot;code&quot; and &quot;ticks&quot; arrays (the output of node --prof-process --preprocess)</source>
        <translation>&quot;code&quot; 配列と &quot;ticks&quot; 配列が必要です (node --prof-process --preprocess の出力)</translation>
    </message>
    <message>
        <source>tick %1 has no &quot;tm&quot; time or no &quot;s&quot; stack</source>
        <translation>tick %1 に &quot;tm&quot; の時刻か &quot;s&quot; のスタックがありません</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is not a number</source>
        <translation>tick %1: スタックの要素 %2 が数値ではありません</translation>
    </message>
    <message>
        <source>tick %1: stack entry %2 is %3</source>
        <translation>tick %1: スタックの要素 %2 が %3 です</translation>
    </message>
    <message>
        <source>the log has no ticks</source>
        <translation>ログに tick がありません</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Open Profile…</source>
        <translation>プロファイルを開く…</translation>
    </message>
    <message>
        <source>Open the Bundled Sample</source>
        <translation>付属のサンプルを開く</translation>
    </message>
    <message>
        <source>Pyrograph</source>
        <translation>Pyrograph</translation>
    </message>
    <message>
        <source>Flamegraphs of pprof, perf script, collapsed stacks, Chrome, speedscope and Pyroscope profiles</source>
        <translation>pprof、perf script、collapsed スタック、Chrome、speedscope、Pyroscope のプロファイルをフレームグラフで表示</translation>
    </message>
    <message>
        <source>Drop profile files here</source>
        <translation>ここにプロファイルファイルをドロップ</translation>
    </message>
    <message>
        <source>File &gt; Open (Ctrl+O)</source>
        <translation>ファイル &gt; 開く (Ctrl+O)</translation>
    </message>
    <message>
        <source>A Go CPU profile that comes with Pyrograph</source>
        <translation>Pyrograph に付属する Go の CPU プロファイル</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard and Mouse lists every shortcut.</source>
        <translation>ヘルプ &gt; キーボードとマウス にすべてのショートカットがあります。</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
</context>
</TS>
