<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Import statement…</source>
        <translation>取引報告書をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>Open the &amp;example</source>
        <translation>サンプルを開く(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Recent files</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>結果をエクスポート (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Scheme</source>
        <translation>レバレッジ体系(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Save as my preset…</source>
        <translation>マイプリセットとして保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>&amp;My presets…</source>
        <translation>マイプリセット(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>&amp;About fxmargin</source>
        <translation>fxmargin について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>fxmargin は次回の起動から{language}で表示します。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="27"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="30"/>
        <source>Floating P/L</source>
        <translation>含み損益</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="34"/>
        <source>Equity</source>
        <translation>有効証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="37"/>
        <source>Margin</source>
        <translation>必要証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="43"/>
        <source>Margin basis</source>
        <translation>証拠金の計算価格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="47"/>
        <source>Free margin</source>
        <translation>余剰証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="50"/>
        <source>Margin level</source>
        <translation>証拠金維持率</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="55"/>
        <source>Leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="60"/>
        <source>Margin call / stop out</source>
        <translation>マージンコール / ストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="69"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="121"/>
        <source>Margin call and stop-out prices</source>
        <translation>マージンコールとストップアウトの価格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="129"/>
        <source>Moving</source>
        <translation>動かす銘柄</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="142"/>
        <source>Margin call</source>
        <translation>マージンコール</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="143"/>
        <source>Stop out</source>
        <translation>ストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="146"/>
        <source>Spread widening (rollover, news)</source>
        <translation>スプレッド拡大(ロールオーバー、指標発表)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="160"/>
        <source>Spread now</source>
        <translation>現在のスプレッド</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="161"/>
        <source>Margin call at</source>
        <translation>マージンコールの発生</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="162"/>
        <source>Stop out at</source>
        <translation>ストップアウトの発生</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="165"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
</TS>
