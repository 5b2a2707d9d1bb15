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
