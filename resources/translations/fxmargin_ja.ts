<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../core/analyses/curves.py" line="122"/>
        <source>volume {amount} {unit}</source>
        <translation>取引量 {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/curves.py" line="124"/>
        <location filename="../../core/analyses/curves.py" line="137"/>
        <source>equity {amount} {unit}</source>
        <translation>有効証拠金 {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="57"/>
        <source>position in {symbol}</source>
        <translation>{symbol} のポジション</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="65"/>
        <source>converts {currency} profit to {target}</source>
        <translation>{currency} の損益を {target} に換算</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="76"/>
        <source>converts {currency} equity to {target} for the broker&apos;s tiers</source>
        <translation>ブローカーの段階のため {currency} の有効証拠金を {target} に換算</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="92"/>
        <source>{purpose} (with {others})</source>
        <translation>{purpose}({others} と併せて)</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="99"/>
        <source>{reasons}</source>
        <translation>{reasons}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="79"/>
        <source>{symbol} {percent}%</source>
        <translation>{symbol} {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="88"/>
        <source>{currency} {percent}% stronger</source>
        <translation>{currency} {percent}% 高</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="90"/>
        <source>{currency} {percent}% weaker</source>
        <translation>{currency} {percent}% 安</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="106"/>
        <source>{symbol} spread {pips} pips</source>
        <translation>{symbol} スプレッド {pips} pips</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="117"/>
        <source>gap {pips} pips against all</source>
        <translation>全ポジションに不利な {pips} pips の窓</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="108"/>
        <source>a {pips}-pip rise in {symbol} to {price} ({percent})</source>
        <translation>{symbol} が {pips} pips 上昇して {price}({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="110"/>
        <source>a {pips}-pip fall in {symbol} to {price} ({percent})</source>
        <translation>{symbol} が {pips} pips 下落して {price}({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="129"/>
        <source>{move} takes {scope}volume past {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move} で{scope}取引量が {threshold} ロットを超える: 以降の各ロットは {before} ではなく {after} で証拠金計算</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="135"/>
        <source>{move} takes {scope}volume below {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move} で{scope}取引量が {threshold} ロットを下回る: 以降の各ロットは {before} ではなく {after} で証拠金計算</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="143"/>
        <source>{move} takes {scope}volume past {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move} で{scope}取引量が {threshold} {unit} を超える: 以降の想定元本は {before} ではなく {after} で証拠金計算</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="149"/>
        <source>{move} takes {scope}volume below {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move} で{scope}取引量が {threshold} {unit} を下回る: 以降の想定元本は {before} ではなく {after} で証拠金計算</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="167"/>
        <source>{move} lifts equity past {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move} で有効証拠金が {threshold} {currency} を超える: レバレッジ {before} -&gt; {after}、証拠金 {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="173"/>
        <source>{move} takes equity below {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move} で有効証拠金が {threshold} {currency} を下回る: レバレッジ {before} -&gt; {after}、証拠金 {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="274"/>
        <source>equity +{amount} {currency} reaches {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>有効証拠金 +{amount} {currency} で {threshold} {scheme_currency} に到達: レバレッジ {before} -&gt; {after}、証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="280"/>
        <source>equity -{amount} {currency} falls below {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>有効証拠金 -{amount} {currency} で {threshold} {scheme_currency} を下回る: レバレッジ {before} -&gt; {after}、証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="109"/>
        <source>must read like &quot;buy 2 EURUSD&quot; or &quot;sell stop 0.5 EURUSD at 1.0800&quot;, not {text}</source>
        <translation>&quot;buy 2 EURUSD&quot; または &quot;sell stop 0.5 EURUSD at 1.0800&quot; の形で書いてください。{text} ではありません</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="138"/>
        <source>lots must be greater than 0 and at most {most}</source>
        <translation>ロットは 0 より大きく {most} 以下にしてください</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="153"/>
        <source>no price for {symbol}: add it to the prices</source>
        <translation>{symbol} の価格がありません: 価格に追加してください</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="211"/>
        <source>account leverage {before} -&gt; {after} (equity tier {tier_before} -&gt; {tier_after})</source>
        <translation>口座レバレッジ {before} -&gt; {after}(有効証拠金の段階 {tier_before} -&gt; {tier_after})</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="219"/>
        <source>account leverage {before} -&gt; {after}</source>
        <translation>口座レバレッジ {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="235"/>
        <source>the open buy of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>保有中の {symbol} {lots} ロットの買いは {was} ではなく {now} で証拠金計算: 証拠金 {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="241"/>
        <source>the open sell of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>保有中の {symbol} {lots} ロットの売りは {was} ではなく {now} で証拠金計算: 証拠金 {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="251"/>
        <source>the account goes from {before} to {after}</source>
        <translation>口座は {before} から {after} になります</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="257"/>
        <source>free margin would be {amount} {currency}: the terminal refuses an order it has no free margin for</source>
        <translation>余剰証拠金は {amount} {currency} になります: 余剰証拠金のない注文はターミナルが拒否します</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="268"/>
        <location filename="../../core/report.py" line="36"/>
        <source>stop out</source>
        <translation>ストップアウト</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="269"/>
        <location filename="../../core/report.py" line="36"/>
        <source>margin call</source>
        <translation>マージンコール</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="269"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="43"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="125"/>
        <source>required with --x price</source>
        <translation>--x price では必須です</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="131"/>
        <source>no price for {symbol} in the scenario (priced: {priced})</source>
        <translation>シナリオに {symbol} の価格がありません(価格あり: {priced})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="151"/>
        <source>unknown language {code} (languages: {codes})</source>
        <translation>不明な言語 {code}(言語: {codes})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="180"/>
        <source>give a scenario file, or --mt5 for the running terminal</source>
        <translation>シナリオファイルか、起動中のターミナルには --mt5 を指定してください</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="208"/>
        <source>must be from 2 to {most}</source>
        <translation>2 から {most} の間にしてください</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="212"/>
        <location filename="../../core/files/file_fields.py" line="72"/>
        <source>must be a finite number</source>
        <translation>有限の数値にしてください</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="214"/>
        <location filename="../../core/overview/what_if.py" line="160"/>
        <source>a price must be greater than 0</source>
        <translation>価格は 0 より大きくしてください</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="216"/>
        <source>must be greater than --from</source>
        <translation>--from より大きくしてください</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="229"/>
        <source>the amounts are too large to compute along this range</source>
        <translation>金額が大きすぎてこの範囲では計算できません</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="253"/>
        <source>note: {note}</source>
        <translation>注記: {note}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="181"/>
        <source>the amounts are too large to compute: check prices, lots and contract sizes</source>
        <translation>金額が大きすぎて計算できません: 価格、ロット、契約サイズを確認してください</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="197"/>
        <source>the account is at stop out now: the broker closes positions</source>
        <translation>口座はストップアウト中です: ブローカーがポジションを決済します</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="201"/>
        <source>the account is at margin call now</source>
        <translation>口座はマージンコール中です</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="213"/>
        <source>unlimited leverage is not granted ({missing}): the account gets {leverage}</source>
        <translation>無制限レバレッジは適用されません({missing}): 口座は {leverage} になります</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="224"/>
        <source>equity of {amount} {currency} limits leverage to {leverage} (selected {selected})</source>
        <translation>有効証拠金 {amount} {currency} によりレバレッジは {leverage} に制限(選択 {selected})</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="237"/>
        <source>restricted market: high-margin-period caps apply</source>
        <translation>制限相場: 高証拠金期間の上限を適用</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="245"/>
        <source>free margin is {amount} {currency}: no new positions</source>
        <translation>余剰証拠金は {amount} {currency}: 新規ポジションは建てられません</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="277"/>
        <source>{count} more orders fill further below</source>
        <translation>さらに {count} 件の注文がもっと下で約定</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="279"/>
        <source>{count} more orders fill further above</source>
        <translation>さらに {count} 件の注文がもっと上で約定</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="41"/>
        <source>must be an object, not {value}</source>
        <translation>オブジェクトにしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="49"/>
        <source>unknown field (allowed: {fields})</source>
        <translation>不明なフィールド(使用可: {fields})</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="54"/>
        <source>required field is missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="69"/>
        <source>must be a number, not {value}</source>
        <translation>数値にしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="75"/>
        <source>must be a whole number</source>
        <translation>整数にしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="79"/>
        <source>must be greater than {limit}</source>
        <translation>{limit} より大きくしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="83"/>
        <source>must be at least {limit}</source>
        <translation>{limit} 以上にしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="87"/>
        <source>must be at most {limit} in size</source>
        <translation>絶対値は {limit} 以下にしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="95"/>
        <source>must be a string, not {value}</source>
        <translation>文字列にしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="103"/>
        <source>must be one of {choices}, not {value}</source>
        <translation>{choices} のいずれかにしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="117"/>
        <source>must be a three-letter currency code such as USD, not {value}</source>
        <translation>USD のような3文字の通貨コードにしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="126"/>
        <source>must be true or false, not {value}</source>
        <translation>true か false にしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="138"/>
        <source>must be a number greater than 0 or &quot;unlimited&quot;, not {value}</source>
        <translation>0 より大きい数値か &quot;unlimited&quot; にしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="147"/>
        <source>must be a list of strings, not {value}</source>
        <translation>文字列のリストにしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="156"/>
        <source>a string (&quot;{text}&quot;)</source>
        <translation>文字列(&quot;{text}&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="170"/>
        <source>the number {number}</source>
        <translation>数値 {number}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="172"/>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="173"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="51"/>
        <source>this scenario names a shipped preset; there is no scheme in it to import</source>
        <translation>このシナリオは組み込みプリセットを指定しています。取り込める体系はありません</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="120"/>
        <source>a preset needs a name</source>
        <translation>プリセットには名前が必要です</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="32"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="41"/>
        <source>not valid JSON: {error} at line {line} column {column}</source>
        <translation>無効な JSON: {error}({line} 行 {column} 列)</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="51"/>
        <source>not valid JSON: {error}</source>
        <translation>無効な JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="61"/>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="63"/>
        <source>is a directory, not a file</source>
        <translation>フォルダーです。ファイルではありません</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="66"/>
        <source>cannot be read: {error}</source>
        <translation>読み込めません: {error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="80"/>
        <source>is not a text (UTF-8) file</source>
        <translation>テキスト(UTF-8)ファイルではありません</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="66"/>
        <source>a scenario must be a JSON object, not {value}</source>
        <translation>シナリオは JSON オブジェクトにしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="73"/>
        <source>must be &quot;{format}&quot;</source>
        <translation>&quot;{format}&quot; にしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="80"/>
        <location filename="../../gui/scenario_controller.py" line="91"/>
        <source>this file is version {version}, written by a newer fxmargin; this fxmargin reads version {supported}</source>
        <translation>このファイルはバージョン {version} で、より新しい fxmargin が書いたものです。この fxmargin が読めるのはバージョン {supported} です</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="390"/>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation>不明なプリセット {name}(プリセット: {presets})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="105"/>
        <source>must be an object of facts about where the file came from</source>
        <translation>ファイルの出所を示すオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="139"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="157"/>
        <source>required when levels_in is &quot;money&quot; (an amount of equity)</source>
        <translation>levels_in が &quot;money&quot;(有効証拠金の金額)のときは必須です</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="164"/>
        <source>must not be above margin_call_level</source>
        <translation>margin_call_level を上回ってはいけません</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="174"/>
        <source>must be an object mapping symbols to instrument definitions</source>
        <translation>銘柄から銘柄定義への対応を表すオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="201"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="219"/>
        <source>must be an object mapping symbols to prices</source>
        <translation>銘柄から価格への対応を表すオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="248"/>
        <source>must be at least the bid ({bid})</source>
        <translation>Bid({bid})以上にしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="258"/>
        <source>must be an array of positions</source>
        <translation>ポジションの配列にしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="336"/>
        <source>must be an array of pending orders</source>
        <translation>待機注文の配列でなければなりません</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="365"/>
        <source>a stop-limit order needs its stop price (the trigger)</source>
        <translation>ストップリミット注文にはストップ価格(発動価格)が必要です</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="368"/>
        <source>only stop-limit orders have a stop</source>
        <translation>ストップ価格があるのはストップリミット注文だけです</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="26"/>
        <source>unknown symbol {symbol} (did you mean {close}?)</source>
        <translation>不明な銘柄 {symbol}({close} のことですか?)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="28"/>
        <source>unknown symbol {symbol}; define it under &quot;instruments&quot;</source>
        <translation>不明な銘柄 {symbol}。&quot;instruments&quot; に定義してください</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="16"/>
        <source>no price for {symbol} under &quot;prices&quot;</source>
        <translation>&quot;prices&quot; に {symbol} の価格がありません</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="62"/>
        <source>{error} (the scheme counts tiers in {currency})</source>
        <translation>{error}(この体系は段階を {currency} で数えます)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="78"/>
        <source>stop out ({stop}%) must not be above margin call ({call}%)</source>
        <translation>ストップアウト({stop}%)はマージンコール({call}%)を上回ってはいけません</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="100"/>
        <source>the {type} {lots} {symbol} at {price} is already reached by the {side} {market}: the terminal would have filled it</source>
        <translation>{type} {lots} {symbol} の {price} は {side} {market} ですでに到達しています: ターミナルなら約定していたはずです</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="139"/>
        <source>the positions counted together in {scope} take different volume_tiers ladders ({taken}): choose a finer volume_scope</source>
        <translation>{scope} でまとめて数えるポジションが異なる volume_tiers の段階表を使っています({taken}): より細かい volume_scope を選んでください</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="65"/>
        <source>must be a list of tiers such as [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</source>
        <translation>[{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}] のような段階のリストにしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="84"/>
        <source>the first tier must start at 0</source>
        <translation>最初の段階は 0 から始めてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="87"/>
        <source>tiers must strictly increase</source>
        <translation>段階は厳密に増加させてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="168"/>
        <source>must be between 0 and 1 (the share of hedged volume margined)</source>
        <translation>0 から 1 の間にしてください(両建て数量のうち証拠金を計算する割合)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="175"/>
        <source>must be one of {modes}, a share between 0 and 1, or a map of classes to those, not {value}</source>
        <translation>{modes} のいずれか、0 から 1 の割合、またはクラスからそれらへの対応にしてください({value} ではなく)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="195"/>
        <location filename="../../core/files/scheme_file.py" line="225"/>
        <source>unknown instrument class (one of {classes})</source>
        <translation>不明な銘柄クラス({classes} のいずれか)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="212"/>
        <source>must be an object mapping instrument classes to leverage</source>
        <translation>銘柄クラスからレバレッジへの対応を表すオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="220"/>
        <source>unknown instrument class (one of {classes}) or symbol (upper case, as XAGUSD)</source>
        <translation>不明な銘柄クラス({classes} のいずれか)または銘柄(XAGUSD のように大文字)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="271"/>
        <source>must be an object mapping account types to {{margin_call, stop_out}}</source>
        <translation>口座タイプから {{margin_call, stop_out}} への対応を表すオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="380"/>
        <source>an example of this kind of rule, not a broker&apos;s own table</source>
        <translation>この種のルールの例で、ブローカー自身の表ではありません</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="382"/>
        <source>kept for files made with it; for this broker pick {preset}</source>
        <translation>このプリセットで作ったファイルのために残しています。このブローカーには {preset} を選んでください</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="116"/>
        <source>one of {choices}</source>
        <translation>{choices} のいずれか</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="24"/>
        <source>switch to a {choice} account</source>
        <translation>{choice} 口座に切り替える</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="25"/>
        <source>switch to one of these accounts: {choice}</source>
        <translation>次のいずれかの口座に切り替える: {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="28"/>
        <source>open the account on {choice}</source>
        <translation>{choice} で口座を開設する</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="29"/>
        <source>open the account on one of: {choice}</source>
        <translation>次のいずれかで口座を開設する: {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="71"/>
        <source>below {amount} {currency}</source>
        <translation>{amount} {currency} 未満</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="77"/>
        <source>equity must be below the limit, not at it</source>
        <translation>有効証拠金は上限ちょうどではなく上限未満にしてください</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="80"/>
        <source>equity {amount} {currency} over the limit</source>
        <translation>有効証拠金が上限を {amount} {currency} 超過</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="127"/>
        <source>at least {count}</source>
        <translation>{count} 以上</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="130"/>
        <source>1 more closed trade</source>
        <translation>あと 1 件の決済済み取引</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="132"/>
        <source>{count} more closed trades</source>
        <translation>あと {count} 件の決済済み取引</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="143"/>
        <source>at least {lots} lots</source>
        <translation>{lots} ロット以上</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="144"/>
        <source>{lots} more closed lots</source>
        <translation>あと {lots} ロットの決済済み取引</translation>
    </message>
    <message>
        <location filename="../../core/model/conversion.py" line="56"/>
        <source>no price converts {source} to {target}; add a price for {pair}</source>
        <translation>{source} を {target} に換算する価格がありません。{pair} の価格を追加してください</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="32"/>
        <source>at the current price</source>
        <translation>現在価格</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="33"/>
        <source>at the open price</source>
        <translation>建値</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="38"/>
        <source>below</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="39"/>
        <source>above</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="40"/>
        <source>buy</source>
        <translation>買い</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="41"/>
        <source>sell</source>
        <translation>売り</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="78"/>
        <source>none up to {pips} pips</source>
        <translation>{pips} pips まではなし</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="80"/>
        <location filename="../../core/report.py" line="223"/>
        <location filename="../../core/report.py" line="475"/>
        <source>reached now</source>
        <translation>すでに到達</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="81"/>
        <source>{pips} pips</source>
        <translation>{pips} pips</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="191"/>
        <source>never: only the analysed symbol&apos;s price moves</source>
        <translation>約定しない: 動くのは分析中の銘柄の価格だけ</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="193"/>
        <source>{pips} pips {side} ({price})</source>
        <translation>{pips} pips {side} ({price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="204"/>
        <location filename="../../core/report.py" line="477"/>
        <location filename="../../core/report.py" line="488"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="206"/>
        <source>{pips} pips {side} ({price}, {percent}), equity {change} {currency}</source>
        <translation>{pips} pips {side}({price}、{percent})、有効証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="228"/>
        <source>none below</source>
        <translation>下側はなし</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="230"/>
        <source>none above</source>
        <translation>上側はなし</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="241"/>
        <source>STOP OUT</source>
        <translation>ストップアウト</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="245"/>
        <location filename="../../core/report.py" line="246"/>
        <source>MARGIN CALL</source>
        <translation>マージンコール</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="246"/>
        <location filename="../../core/report.py" line="252"/>
        <source>{state}: {levels}</source>
        <translation>{state}: {levels}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="251"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="252"/>
        <source>NEAR</source>
        <translation>接近</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="266"/>
        <source>{pips} pips away (a fall to {price})</source>
        <translation>まで {pips} pips({price} への下落)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="268"/>
        <source>{pips} pips away (a rise to {price})</source>
        <translation>まで {pips} pips({price} への上昇)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="270"/>
        <source>{level} {away}</source>
        <translation>{level}{away}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="275"/>
        <source>none (no margin)</source>
        <translation>なし(証拠金なし)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="277"/>
        <location filename="../../core/report.py" line="490"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="291"/>
        <source>Account</source>
        <translation>口座</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="35"/>
        <location filename="../../core/overview/printed.py" line="13"/>
        <location filename="../../core/report.py" line="292"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="36"/>
        <location filename="../../core/report.py" line="294"/>
        <source>Credit</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="17"/>
        <location filename="../../core/report.py" line="295"/>
        <source>Floating P/L</source>
        <translation>含み損益</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="14"/>
        <location filename="../../core/report.py" line="296"/>
        <source>Equity</source>
        <translation>有効証拠金</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="15"/>
        <location filename="../../core/report.py" line="297"/>
        <location filename="../../core/report.py" line="328"/>
        <location filename="../../core/report.py" line="549"/>
        <source>Margin</source>
        <translation>必要証拠金</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="16"/>
        <location filename="../../core/report.py" line="298"/>
        <location filename="../../core/report.py" line="550"/>
        <source>Free margin</source>
        <translation>余剰証拠金</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="299"/>
        <location filename="../../core/report.py" line="551"/>
        <source>Margin level</source>
        <translation>証拠金維持率</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="41"/>
        <location filename="../../core/report.py" line="309"/>
        <location filename="../../core/report.py" line="329"/>
        <location filename="../../core/report.py" line="552"/>
        <source>Leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="301"/>
        <source>{effective} (selected {selected}, granted {granted})</source>
        <translation>{effective}(選択 {selected}、適用 {granted})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="308"/>
        <source>{leverage}; {charged}</source>
        <translation>{leverage}; {charged}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="310"/>
        <source>Margin basis</source>
        <translation>証拠金の計算価格</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="312"/>
        <source>Margin call / stop out</source>
        <translation>マージンコール / ストップアウト</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="315"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="319"/>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="34"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="37"/>
        <source>Account type</source>
        <translation>口座タイプ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="38"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="39"/>
        <source>Closed trades</source>
        <translation>決済済み取引</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="40"/>
        <source>Closed lots</source>
        <translation>決済済みロット</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="53"/>
        <source>Levels in</source>
        <translation>水準の単位</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="56"/>
        <location filename="../../core/report.py" line="323"/>
        <location filename="../../core/report.py" line="358"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="57"/>
        <location filename="../../core/report.py" line="324"/>
        <source>Side</source>
        <translation>売買</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="58"/>
        <location filename="../../core/report.py" line="325"/>
        <location filename="../../core/report.py" line="359"/>
        <source>Lots</source>
        <translation>ロット</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="59"/>
        <source>Open</source>
        <translation>建値</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="60"/>
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="61"/>
        <source>Comm.</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="66"/>
        <source>Opened at leverage</source>
        <translation>建玉時のレバレッジ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="69"/>
        <source>Restr.</source>
        <translation>制限</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="326"/>
        <source>Notional</source>
        <translation>想定元本</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="327"/>
        <source>P/L</source>
        <translation>損益</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="352"/>
        <source>Pending orders (margin now counts none; each fills as the price moves)</source>
        <translation>待機注文 (現在の証拠金にはどれも含まれない; 価格が届くとそれぞれ約定)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="357"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="360"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="361"/>
        <source>Margin after</source>
        <translation>約定後の証拠金</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="362"/>
        <source>Fills at</source>
        <translation>約定位置</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="390"/>
        <source>Price levels of {symbol} (mid; all other prices and the spread fixed)</source>
        <translation>{symbol} の価格水準(仲値。他の価格とスプレッドは固定)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="395"/>
        <source>Price levels of {symbol} (mid; all other prices fixed)</source>
        <translation>{symbol} の価格水準(仲値。他の価格は固定)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="46"/>
        <location filename="../../core/report.py" line="400"/>
        <location filename="../../core/report.py" line="553"/>
        <source>Margin call</source>
        <translation>マージンコール</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="51"/>
        <location filename="../../core/report.py" line="401"/>
        <location filename="../../core/report.py" line="554"/>
        <source>Stop out</source>
        <translation>ストップアウト</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="410"/>
        <source>Spread of {symbol} (mid fixed; now {pips} pips)</source>
        <translation>{symbol} のスプレッド(仲値は固定。現在 {pips} pips)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="417"/>
        <source>Margin call at</source>
        <translation>マージンコールの発生</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="418"/>
        <source>Stop out at</source>
        <translation>ストップアウトの発生</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="426"/>
        <source>Unlimited leverage: eligible</source>
        <translation>無制限レバレッジ: 条件を満たす</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="428"/>
        <source>Unlimited leverage: not eligible</source>
        <translation>無制限レバレッジ: 条件を満たさない</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="439"/>
        <source>required {requirement}</source>
        <translation>条件 {requirement}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="444"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="480"/>
        <source>{price} ({pips} pips {side})</source>
        <translation>{price}({side} {pips} pips)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="498"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage}(段階 {tier})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="528"/>
        <source>It never fills in the searched range of prices.</source>
        <translation>探索した価格範囲では約定しません。</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="530"/>
        <source>It fills {where}: margin {before} -&gt; {after} {currency}</source>
        <translation>約定は{where}: 証拠金 {before} -&gt; {after} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="542"/>
        <source>REFUSED: free margin after would be {amount} {currency}</source>
        <translation>拒否: 発注後の余剰証拠金は {amount} {currency} になります</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="568"/>
        <source>What if: {orders} (a pending order opens when the price reaches it)</source>
        <translation>仮に: {orders}(待機注文は価格が届くと建ちます)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="572"/>
        <source>What if: {orders} (at the ask or the bid now)</source>
        <translation>仮に: {orders}(現在の Ask または Bid で)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="585"/>
        <source>   (level prices of {symbol})</source>
        <translation>   ({symbol} の価格水準)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="592"/>
        <source>Changes</source>
        <translation>変化</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="595"/>
        <source>After the orders</source>
        <translation>注文後</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="136"/>
        <source>the statement prints no balance</source>
        <translation>口座明細に残高がありません</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="215"/>
        <source>leverage {leverage} as given</source>
        <translation>指定どおりレバレッジ {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="219"/>
        <source>leverage {leverage} as the statement shows</source>
        <translation>口座明細どおりレバレッジ {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="196"/>
        <location filename="../../core/statements/mt4.py" line="124"/>
        <source>the statement does not show the leverage</source>
        <translation>口座明細にレバレッジの記載がありません</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="197"/>
        <location filename="../../core/statements/mt5.py" line="100"/>
        <source>MetaTrader 5 reports do not show the leverage</source>
        <translation>MetaTrader 5 のレポートにはレバレッジが記載されません</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="235"/>
        <source>the statement does not show its currency: USD assumed</source>
        <translation>口座明細に通貨の記載がありません: USD とみなします</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="182"/>
        <source>no price for {symbol} in the statement ({reason}): add it</source>
        <translation>口座明細に {symbol} の価格がありません({reason}): 追加してください</translation>
    </message>
    <message>
        <location filename="../../core/statements/file_kind.py" line="34"/>
        <source>neither an fxmargin scenario (JSON) nor a MetaTrader statement (HTML or XLSX)</source>
        <translation>fxmarginのシナリオ(JSON)でもMetaTraderの報告書(HTMLまたはXLSX)でもありません</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="184"/>
        <source>the profits of {count} positions ({symbols}) come out a {unit} off the printed ones: the terminal converted them at another rate than the middle of the prices the statement prints</source>
        <translation>{count}件のポジション({symbols})の損益が印字値と{unit}ずれます: ターミナルは報告書の価格の中値ではない別のレートで換算しました</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="188"/>
        <source>the file does not print {pair}, and the broker&apos;s margin of {symbols} goes through it: the printed margin needs {pair} {needed}, where the statement&apos;s own prices give {now}</source>
        <translation>ファイルに{pair}が印字されておらず、{symbols}のブローカー証拠金はこれを経由します: 印字された証拠金には{pair} {needed}が必要ですが、報告書自身の価格では{now}です</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="347"/>
        <source>the statement prints one side of the price of {symbols} (the bid on a buy, the ask on a sell): their spread is not in it</source>
        <translation>ステートメントは {symbols} の価格を片側だけ印字しています(買いは Bid、売りは Ask): スプレッドは含まれません</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="418"/>
        <source>{pair} {price} implied by the printed profits of {count} positions in {quote} ({symbols}), to within {share}</source>
        <translation>{pair} {price} は {quote} 建て {count} ポジション({symbols})の印字された損益から推定、誤差 {share} 以内</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="461"/>
        <source>the {type} {lots} {symbol} at {price} is left out: the statement&apos;s price already reaches it</source>
        <translation>{type} {lots} {symbol} の {price} は除外: ステートメントの価格がすでに到達しています</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="494"/>
        <source>leverage not in the file and no margin to match: 1:100 assumed; set the leverage (--leverage on the command line)</source>
        <translation>ファイルにレバレッジがなく照合する証拠金もありません: 1:100 とみなします。レバレッジを設定してください(コマンドラインでは --leverage)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="533"/>
        <source>the margin cannot be computed without the missing prices, so no rule was searched for: {leverage} used; set the leverage (--leverage on the command line)</source>
        <translation>価格が足りないため証拠金を計算できず、ルールは探していません: {leverage} を使用。レバレッジを設定してください(コマンドラインでは --leverage)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="583"/>
        <source>{leverage} with the {preset} preset</source>
        <translation>{leverage}、プリセット {preset}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="630"/>
        <source>the statement&apos;s free margin is the balance less the margin: the broker leaves the floating P/L out of free margin (a server setting). fxmargin&apos;s free margin includes it; margin level, margin call and stop out do in both</source>
        <translation>報告書の余剰証拠金は残高から証拠金を引いたものです: ブローカーは評価損益を余剰証拠金に含めません(サーバー設定)。fxmarginの余剰証拠金は含めます。証拠金維持率、マージンコール、ストップアウトはどちらでも含めます</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="63"/>
        <source>summary (balance, equity)</source>
        <translation>サマリー(残高、有効証拠金)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="84"/>
        <source>row {row}: trade type {kind} skipped</source>
        <translation>{row} 行目: 取引種別 {kind} を読み飛ばしました</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="90"/>
        <source>row {row}: a {kind} row with too few cells, skipped</source>
        <translation>{row} 行目: セルが少なすぎる {kind} 行を読み飛ばしました</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="105"/>
        <source>size {text} is not a number</source>
        <translation>数量 {text} は数値ではありません</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="117"/>
        <source>{count} broker archive rows (item &apos;profit&apos;) not counted as trades</source>
        <translation>ブローカーのアーカイブ行 {count} 件(item &apos;profit&apos;)は取引に数えません</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="172"/>
        <location filename="../../core/statements/mt5.py" line="166"/>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} は数値ではありません</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="70"/>
        <source>account block (balance, equity)</source>
        <translation>口座ブロック(残高、有効証拠金)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="152"/>
        <source>row {row}: order type {kind} skipped</source>
        <translation>行 {row}: 注文タイプ {kind} はスキップ</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="88"/>
        <source>not a MetaTrader statement</source>
        <translation>MetaTrader の口座明細ではありません</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="97"/>
        <source>the {block} is missing: the file looks cut short</source>
        <translation>{block}がありません: ファイルが途中で切れているようです</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="109"/>
        <source>symbol {symbol} is not in the catalog: complete its instrument</source>
        <translation>銘柄 {symbol} はカタログにありません: 銘柄情報を補ってください</translation>
    </message>
    <message>
        <location filename="../../core/statements/xlsx_rows.py" line="44"/>
        <source>not a readable XLSX workbook ({error})</source>
        <translation>読み込める XLSX ブックではありません({error})</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="70"/>
        <source>a scenario must be a JSON object</source>
        <translation>シナリオは JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <source>must be an array</source>
        <translation>配列にしてください</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <location filename="../../gui/scenario_controller.py" line="84"/>
        <source>must be an object</source>
        <translation>オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="555"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="589"/>
        <source>appears in two rows</source>
        <translation>2 行に出てきます</translation>
    </message>
    <message>
        <location filename="../../core/formatting.py" line="9"/>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="322"/>
        <source>hedged lots margined in full</source>
        <translation>両建てロットは全額に証拠金</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="323"/>
        <source>hedged lots not margined (net)</source>
        <translation>両建てロットは証拠金なし(ネット)</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="324"/>
        <source>hedges margined on their larger leg</source>
        <translation>両建ては大きい側の証拠金</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="325"/>
        <source>hedged lots at 50%</source>
        <translation>両建てロットは50%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="326"/>
        <source>hedged lots at 25%</source>
        <translation>両建てロットは25%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="338"/>
        <source>{symbol} margined {times} times</source>
        <translation>{symbol} の証拠金は {times} 倍</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="346"/>
        <source>{group} at {leverage}</source>
        <translation>{group} は {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="352"/>
        <source>margin at the open price</source>
        <translation>建値で証拠金</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="354"/>
        <source>margin at the current price</source>
        <translation>現在価格で証拠金</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="358"/>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="53"/>
        <source>several rules reproduce the printed margin {margin}, so the rule is not determined: {rules}. The closest account-wide rule, {rule}, is used: it gives {computed}</source>
        <translation>印字された証拠金 {margin} を再現するルールが複数あり、ルールは決まりません: {rules}。口座全体で最も近いルール {rule} を使用: {computed}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="388"/>
        <location filename="../../core/statements/broker_rule.py" line="402"/>
        <source>({words})</source>
        <translation>({words})</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="49"/>
        <source>no rule tried reproduces the printed margin {margin}: the closest, {rule}, gives {computed} ({difference} off)</source>
        <translation>印字された証拠金 {margin} を再現するルールはありません: 最も近い {rule} は {computed} ({difference} の差)</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="363"/>
        <source>{rule} reproduces the printed margin {margin}</source>
        <translation>{rule} で印字された証拠金 {margin} を再現</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="400"/>
        <source>the statement fits other rules as well: {rules}</source>
        <translation>ステートメントは他のルールにも合います: {rules}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="22"/>
        <source>Not reproduced: margin {computed}, statement {printed} {currency}: {reason}</source>
        <translation>再現できません: 証拠金{computed}、報告書{printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="25"/>
        <source>Not reproduced: equity {computed}, statement {printed} {currency}: {reason}</source>
        <translation>再現できません: 有効証拠金{computed}、報告書{printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="60"/>
        <source>open positions not read</source>
        <translation>保有ポジションを読めませんでした</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="62"/>
        <source>the scenario cannot be computed</source>
        <translation>シナリオを計算できません</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="66"/>
        <source>Not reproduced: fxmargin cannot compute the margin ({reason}); the statement prints {printed} {currency}</source>
        <translation>再現できません: fxmarginは証拠金を計算できません({reason})。報告書の値は{printed} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="78"/>
        <source>Reproduced: margin and equity as the statement prints them ({printed} and {equity} {currency})</source>
        <translation>再現しました: 証拠金と有効証拠金が報告書の印字どおり({printed}と{equity} {currency})</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="89"/>
        <source>Reproduced within what the statement&apos;s prices leave uncertain: margin {computed}, statement {printed} {currency} (see the notes)</source>
        <translation>報告書の価格が残す不確かさの範囲で再現: 証拠金{computed}、報告書{printed} {currency}(注記を参照)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="98"/>
        <source>some positions&apos; profits differ from the printed ones (see the notes)</source>
        <translation>一部のポジションの損益が印字値と異なります(注記を参照)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="100"/>
        <source>the prices differ from the statement&apos;s</source>
        <translation>価格が報告書と異なります</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="121"/>
        <location filename="../../core/statements/reproduction.py" line="131"/>
        <source>the leverage, the scheme or the prices differ from the broker&apos;s</source>
        <translation>レバレッジ、スキーム、または価格がブローカーと異なります</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="123"/>
        <source>the scenario changed since the import: find the broker&apos;s rule again</source>
        <translation>インポート後にシナリオが変わりました: ブローカーのルールを再検索してください</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="126"/>
        <source>the file does not print the broker&apos;s {pair}</source>
        <translation>ファイルにブローカーの{pair}が印字されていません</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="128"/>
        <source>several rules fit, so the broker&apos;s rule is not determined</source>
        <translation>複数のルールが合うため、ブローカーのルールは確定しません</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="130"/>
        <source>no rule tried reproduces it</source>
        <translation>試したルールはどれも再現しません</translation>
    </message>
    <message>
        <location filename="../../core/result.py" line="108"/>
        <source>charged {charged} on average</source>
        <translation>平均 {charged} で課金</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="72"/>
        <source>line {line}: {problem}</source>
        <translation>{line} 行目: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="80"/>
        <source>{symbol} is not a symbol fxmargin knows</source>
        <translation>{symbol} は fxmargin が知らない銘柄です</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="84"/>
        <source>needs a price after the symbol</source>
        <translation>銘柄の後に価格が必要です</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="89"/>
        <source>the ask is not a price</source>
        <translation>ask が価格ではありません</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="92"/>
        <source>the ask is below the bid</source>
        <translation>ask が bid より低いです</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="94"/>
        <source>{call} failed: {words} (terminal error {code})</source>
        <translation>{call} が失敗しました: {words} (ターミナルのエラー {code})</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="347"/>
        <source>the MetaTrader5 package is not installed: the live link works on Windows, with pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>MetaTrader5 パッケージがインストールされていません: ライブ接続は Windows で、pip install &quot;fxmargin[mt5]&quot; により動作します</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="360"/>
        <source>no terminal answers: {words} (terminal error {code}); start MetaTrader 5 and log in to your account</source>
        <translation>ターミナルが応答しません: {words} (ターミナルのエラー {code})。MetaTrader 5 を起動し、口座にログインしてください</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="25"/>
        <source>buy limit</source>
        <translation>buy limit</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="26"/>
        <source>sell limit</source>
        <translation>sell limit</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="27"/>
        <source>buy stop</source>
        <translation>buy stop</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="28"/>
        <source>sell stop</source>
        <translation>sell stop</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="29"/>
        <source>buy stop limit</source>
        <translation>buy stop limit</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="30"/>
        <source>sell stop limit</source>
        <translation>sell stop limit</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="110"/>
        <source>the buy limit {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>{price} の buy limit {lots} {symbol} は {pips} pips 下で約定: 証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="115"/>
        <source>the sell stop {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>{price} の sell stop {lots} {symbol} は {pips} pips 下で約定: 証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="120"/>
        <source>the sell stop limit {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>{price} の sell stop limit {lots} {symbol} は {pips} pips 下で約定: 証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="125"/>
        <source>the sell limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>{price} の sell limit {lots} {symbol} は {pips} pips 上で約定: 証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="130"/>
        <source>the buy stop {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>{price} の buy stop {lots} {symbol} は {pips} pips 上で約定: 証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="135"/>
        <source>the buy stop limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>{price} の buy stop limit {lots} {symbol} は {pips} pips 上で約定: 証拠金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="177"/>
        <source>{type} {lots} at {price}</source>
        <translation>{type} {lots} @ {price}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about_dialog.py" line="35"/>
        <source>The list of bundled libraries and their licences is missing from this copy.</source>
        <translation>このコピーには同梱ライブラリとライセンスの一覧がありません。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="44"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({key}), checked {date}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;({key})、{date} 確認</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="50"/>
        <source>Brokers change their terms: check yours. Each preset&apos;s numbers were read in the source below on the date given.</source>
        <translation>ブローカーは条件を変更します。ご自身のブローカーで確認してください。各プリセットの数値は記載日に下記の出典から読み取ったものです。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="61"/>
        <source>About fxmargin</source>
        <translation>fxmargin について</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="63"/>
        <source>Margin, free margin, margin level, and the prices where margin call and stop out come, for accounts with floating leverage. Offline: nothing is sent anywhere.</source>
        <translation>変動レバレッジ口座の証拠金、余剰証拠金、証拠金維持率、そしてマージンコールとストップアウトが起きる価格。オフライン: 何も送信しません。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="67"/>
        <source>MIT licence. Qt and PySide6 under the GNU LGPL 3.0, other libraries under their own licences (Licences tab).</source>
        <translation>MIT ライセンス。Qt と PySide6 は GNU LGPL 3.0、その他のライブラリはそれぞれのライセンス(「ライセンス」タブ)。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="80"/>
        <source>Where the preset numbers come from</source>
        <translation>プリセットの数値の出典</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="81"/>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="83"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt について</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="68"/>
        <source>Broker and account</source>
        <translation>ブローカーと口座</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="89"/>
        <source>Broker &amp;scheme</source>
        <translation>ブローカーの体系(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="99"/>
        <source>Account type; unlimited leverage and the broker&apos;s levels depend on it.</source>
        <translation>口座タイプ。無制限レバレッジとブローカーの水準はこれで決まります。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="101"/>
        <source>Account &amp;type</source>
        <translation>口座タイプ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="105"/>
        <source>Trading platform; Exness grants unlimited leverage on MT4 only.</source>
        <translation>取引プラットフォーム。Exness は MT4 でのみ無制限レバレッジを認めます。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="107"/>
        <source>&amp;Platform</source>
        <translation>プラットフォーム(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="118"/>
        <source>Account currency: balance, equity and margin are in it. USC = US cents.</source>
        <translation>口座通貨: 残高、有効証拠金、証拠金はこの通貨です。USC = 米セント。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="120"/>
        <source>C&amp;urrency</source>
        <translation>通貨(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="122"/>
        <source>Balance: deposits plus closed profit.</source>
        <translation>残高: 入金額と確定損益の合計。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="124"/>
        <source>&amp;Balance</source>
        <translation>残高(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="126"/>
        <source>Credit (bonus) the broker adds to equity.</source>
        <translation>ブローカーが有効証拠金に加えるクレジット(ボーナス)。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="128"/>
        <source>C&amp;redit</source>
        <translation>クレジット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="133"/>
        <source>The leverage you picked (1:500 or Unlimited). The broker&apos;s rules may grant less.</source>
        <translation>選んだレバレッジ(1:500 または無制限)。ブローカーの規則でそれより低くなることがあります。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="138"/>
        <source>&amp;Leverage 1:</source>
        <translation>レバレッジ 1:(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="142"/>
        <source>Closed trades so far (pending orders do not count).</source>
        <translation>これまでの決済済み取引(待機注文は数えません)。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="145"/>
        <source>Lots of closed trades so far.</source>
        <translation>これまでの決済済み取引のロット数。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="148"/>
        <source>lots</source>
        <translation>ロット</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="150"/>
        <source>Closed trades</source>
        <translation>決済済み取引</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="156"/>
        <source>Margin call level; empty: the broker&apos;s for this account type.</source>
        <translation>マージンコール水準。空欄: この口座タイプのブローカー既定値。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="160"/>
        <source>Stop-out level; empty: the broker&apos;s for this account type.</source>
        <translation>ストップアウト水準。空欄: この口座タイプのブローカー既定値。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="165"/>
        <source>Levels in percent of margin, or as amounts of equity.</source>
        <translation>水準を証拠金に対する割合で、または有効証拠金の金額で指定。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="172"/>
        <source>percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="173"/>
        <source>money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="178"/>
        <source>Margin call</source>
        <translation>マージンコール</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="179"/>
        <source>Stop out</source>
        <translation>ストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="181"/>
        <source>Restricted market</source>
        <translation>制限相場</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="184"/>
        <source>The broker&apos;s caps in volatile periods (Exness: forex and gold 1:200, silver 1:100, oil 1:20).</source>
        <translation>変動の大きい時間帯のブローカー上限(Exness: FX と金 1:200、銀 1:100、原油 1:20)。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="248"/>
        <source>Older presets and examples:</source>
        <translation>古いプリセットと例:</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="263"/>
        <source>{name} — my preset</source>
        <translation>{name} — マイプリセット</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="331"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="337"/>
        <source>{name} (in this file)</source>
        <translation>{name}(このファイル内)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="350"/>
        <source>{description}

Source: {source}</source>
        <translation>{description}

出典: {source}</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="356"/>
        <source>A scheme defined in this file.</source>
        <translation>このファイルで定義された体系。</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="17"/>
        <source>Account type</source>
        <translation>口座タイプ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="18"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="19"/>
        <source>Equity</source>
        <translation>有効証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="20"/>
        <source>Closed trades</source>
        <translation>決済済み取引</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="21"/>
        <source>Closed lots</source>
        <translation>決済済みロット</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="27"/>
        <source>Unlimited leverage checklist</source>
        <translation>無制限レバレッジの条件</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="66"/>
        <source>This scheme has no conditions for unlimited leverage.</source>
        <translation>この体系には無制限レバレッジの条件がありません。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="68"/>
        <source>&lt;b&gt;Eligible&lt;/b&gt; for unlimited leverage.</source>
        <translation>無制限レバレッジの条件を&lt;b&gt;満たしています&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="70"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;: picking Unlimited gives {leverage}.</source>
        <translation>&lt;b&gt;条件を満たしていません&lt;/b&gt;: 無制限を選ぶと {leverage} になります。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="75"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; for unlimited leverage (you picked a fixed leverage).</source>
        <translation>無制限レバレッジの条件を&lt;b&gt;満たしていません&lt;/b&gt;(固定レバレッジを選択中)。</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../gui/error_reporting.py" line="38"/>
        <source>(the log could not be written: {error})</source>
        <translation>(ログを書き込めませんでした: {error})</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="44"/>
        <source>fxmargin: unexpected error</source>
        <translation>fxmargin: 予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="45"/>
        <source>Something went wrong: {kind}: {error}

Your work is kept; the last good results stay on screen.
Details: {where}</source>
        <translation>問題が発生しました: {kind}: {error}

作業内容は保持され、最後の有効な結果が画面に残ります。
詳細: {where}</translation>
    </message>
</context>
<context>
    <name>Leverage</name>
    <message>
        <location filename="../../gui/common/number_text.py" line="16"/>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
</context>
<context>
    <name>LeverageChart</name>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="36"/>
        <source>Leverage 1:</source>
        <translation>レバレッジ 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="66"/>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <location filename="../../gui/live_link.py" line="23"/>
        <source>Needs MetaQuotes&apos; MetaTrader5 package, which runs on Windows: pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>MetaQuotes の MetaTrader5 パッケージが必要です (Windows で動作): pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="72"/>
        <source>the terminal&apos;s answer could not be read: {error}</source>
        <translation>ターミナルの応答を読み取れません: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="110"/>
        <source>MetaTrader 5: connecting…</source>
        <translation>MetaTrader 5: 接続中…</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="122"/>
        <source>MetaTrader 5: disconnected</source>
        <translation>MetaTrader 5: 切断しました</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="129"/>
        <source>MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>MetaTrader 5: {server}、口座 {account}、{time} に読み取り</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="139"/>
        <source>MetaTrader 5: {reason}</source>
        <translation>MetaTrader 5: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="142"/>
        <source>MetaTrader 5: {reason}; showing the reading of {time}</source>
        <translation>MetaTrader 5: {reason}。{time} の読み取りを表示中</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>fxmargin scenarios (*.json);;MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>fxmargin シナリオ (*.json);;MetaTrader 口座明細 (*.htm *.html *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79"/>
        <source>MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>MetaTrader 口座明細 (*.htm *.html *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>Plots</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>Stress tests</source>
        <translation>ストレステスト</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>Heat map</source>
        <translation>ヒートマップ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Positions ({count})</source>
        <translation>ポジション ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>Pending orders ({count})</source>
        <translation>待機注文 ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>&amp;Import statement…</source>
        <translation>取引報告書をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Open the &amp;example</source>
        <translation>サンプルを開く(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>&amp;Recent files</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>結果をエクスポート (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>&amp;Connect to MetaTrader 5</source>
        <translation>MetaTrader 5 に接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>&amp;Disconnect from MetaTrader 5</source>
        <translation>MetaTrader 5 から切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
        <source>&amp;Copy results</source>
        <translation>結果をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Every figure of the results, as text</source>
        <translation>結果のすべての数値をテキストで</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>Copy results as CS&amp;V</source>
        <translation>結果を CSV でコピー(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>&amp;Scheme</source>
        <translation>レバレッジ体系(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>&amp;Save as my preset…</source>
        <translation>マイプリセットとして保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318"/>
        <source>&amp;My presets…</source>
        <translation>マイプリセット(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326"/>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332"/>
        <source>&amp;About fxmargin</source>
        <translation>fxmargin について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="359"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="360"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>fxmargin は次回の起動から{language}で表示します。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="366"/>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>Cannot save the preset</source>
        <translation>プリセットを保存できません</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="456"/>
        <source>The scheme has problems; fix them first (Scheme &gt; Edit…):</source>
        <translation>体系に問題があります。先に修正してください(レバレッジ体系 &gt; 編集…):</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="650"/>
        <source>Save scenario</source>
        <translation>シナリオを保存</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="652"/>
        <source>fxmargin scenarios (*.json)</source>
        <translation>fxmargin シナリオ (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="512"/>
        <source>{file} (imported)</source>
        <translation>{file}(取り込み済み)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="514"/>
        <source>example (unsaved)</source>
        <translation>例(未保存)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="516"/>
        <source>new scenario (unsaved)</source>
        <translation>新しいシナリオ(未保存)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="554"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="555"/>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation>このシナリオには未保存の変更があります。先に保存しますか?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="577"/>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="587"/>
        <source>Import a MetaTrader statement</source>
        <translation>MetaTrader の口座明細を取り込む</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="78"/>
        <location filename="../../gui/main_window.py" line="613"/>
        <source>Cannot open this file</source>
        <translation>このファイルを開けません</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="660"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="674"/>
        <source>Export results</source>
        <translation>結果を書き出す</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="723"/>
        <source>a new scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="726"/>
        <source>Restore unsaved work?</source>
        <translation>未保存の作業を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="728"/>
        <source>fxmargin closed on {time} without saving your changes to {name}. Restore them?</source>
        <translation>fxmargin は {time} に {name} の変更を保存せずに終了しました。復元しますか?</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="41"/>
        <source>New order (what if)</source>
        <translation>新規注文(仮定)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="53"/>
        <source>lots</source>
        <translation>ロット</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="82"/>
        <source>Lots from size by risk</source>
        <translation>リスクから算出したロット</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="89"/>
        <source>Most lots</source>
        <translation>最大ロット</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="85"/>
        <source>The lots of this order&apos;s symbol and side that risk what Tools&apos; position size by risk asks (its stop, risk and commission)</source>
        <translation>この注文の銘柄と売買方向で、ツールのリスク別ポジションサイズ (ストップ、リスク、手数料) が求めるリスクになるロット</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="91"/>
        <source>The most lots of this order&apos;s symbol and side that free margin allows</source>
        <translation>この注文の銘柄と売買方向で余剰証拠金が許す最大ロット</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>After</source>
        <translation>注文後</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="99"/>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to positions</source>
        <translation>ポジションに追加</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="64"/>
        <source>at market</source>
        <translation>成行</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="65"/>
        <source>limit order at</source>
        <translation>指値注文</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="66"/>
        <source>stop order at</source>
        <translation>逆指値注文</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="69"/>
        <source>A pending order opens when the price reaches it (a buy on the ask, a sell on the bid): a buy limit or sell stop below the market, a buy stop or sell limit above. Nothing is charged until it fills.</source>
        <translation>待機注文は価格が届くと建ちます (買いは ask、売りは bid): buy limit と sell stop は市場より下、buy stop と sell limit は上。約定するまで証拠金はかかりません。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="76"/>
        <source>price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="102"/>
        <source>Open this order in the scenario, at the ask (buy) or bid (sell)</source>
        <translation>この注文をシナリオで Ask(買い)または Bid(売り)で建てる</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="141"/>
        <source>Type a symbol and lots to see what the order would do.</source>
        <translation>銘柄とロットを入力すると注文の影響が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="165"/>
        <source>lots must be a number above 0</source>
        <translation>ロットは 0 より大きい数値にしてください</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="173"/>
        <source>the price must be a number above 0</source>
        <translation>価格は 0 より大きい数値にしてください</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to orders</source>
        <translation>待機注文に追加</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="316"/>
        <source>{fill}. After: {state}</source>
        <translation>{fill}。その後: {state}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="318"/>
        <source>Margin needed {amount} {currency}. After: {state}</source>
        <translation>必要証拠金 {amount} {currency}。注文後: {state}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="36"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="37"/>
        <source>Instrument symbol from the catalog</source>
        <translation>カタログの銘柄シンボル</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="41"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="42"/>
        <source>buy limit or sell stop: fills on a fall; buy stop or sell limit: fills on a rise. A buy fills on the ask, a sell on the bid</source>
        <translation>buy limit と sell stop: 下落で約定; buy stop と sell limit: 上昇で約定。買いは ask、売りは bid で約定</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="50"/>
        <source>Lots</source>
        <translation>ロット</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="51"/>
        <source>Volume in lots the order opens</source>
        <translation>注文が建てるロット数</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="55"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="56"/>
        <source>The order&apos;s price: the position opens there (a stop-limit&apos;s limit price)</source>
        <translation>注文の価格: ポジションはここで建つ (stop limit では指値)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="63"/>
        <source>Stop</source>
        <translation>ストップ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="64"/>
        <source>A stop-limit order&apos;s trigger; empty for the other types</source>
        <translation>stop limit 注文の発動価格; 他の種類では空欄</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="69"/>
        <source>Fills at</source>
        <translation>約定位置</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="70"/>
        <source>How far the analysed symbol&apos;s mid moves before the order fills, and that mid; an order on another symbol never fills here (only the analysed price moves)</source>
        <translation>注文が約定するまでに分析中の銘柄の仲値が動く幅と、その仲値; 他の銘柄の注文はここでは約定しない (動くのは分析中の価格だけ)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="77"/>
        <source>Margin after</source>
        <translation>約定後の証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="78"/>
        <source>The account&apos;s margin once the order has filled (with every order filled on the way); margin now counts no pending order, as the terminal does</source>
        <translation>注文の約定後の口座の証拠金 (途中で約定した注文を含む); 現在の証拠金は待機注文を含まない (ターミナルと同じ)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="86"/>
        <source>buy limit</source>
        <translation>buy limit</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="87"/>
        <source>sell limit</source>
        <translation>sell limit</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="88"/>
        <source>buy stop</source>
        <translation>buy stop</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="89"/>
        <source>sell stop</source>
        <translation>sell stop</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="90"/>
        <source>buy stop limit</source>
        <translation>buy stop limit</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="91"/>
        <source>sell stop limit</source>
        <translation>sell stop limit</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="146"/>
        <source>filled at this price</source>
        <translation>この価格で約定済み</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="151"/>
        <source>never</source>
        <translation>約定しない</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="153"/>
        <source>{pips} pips below ({price})</source>
        <translation>{pips} pips 下 ({price})</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="155"/>
        <source>{pips} pips above ({price})</source>
        <translation>{pips} pips 上 ({price})</translation>
    </message>
</context>
<context>
    <name>OrdersTable</name>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="31"/>
        <location filename="../../gui/inputs/orders_table.py" line="88"/>
        <source>Pending orders</source>
        <translation>待機注文</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="70"/>
        <source>Add a pending order (Insert)</source>
        <translation>待機注文を追加 (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="71"/>
        <source>Duplicate the selected order (Ctrl+D)</source>
        <translation>選択した注文を複製 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="72"/>
        <source>Remove the selected orders (Delete)</source>
        <translation>選択した注文を削除 (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="75"/>
        <source>Margin now counts none; each fills as the price moves</source>
        <translation>現在の証拠金にはどれも含まれない; 価格が届くとそれぞれ約定</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="86"/>
        <source>Pending orders (amounts in {currency})</source>
        <translation>待機注文(金額は {currency})</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="37"/>
        <location filename="../../gui/plots/price_plot.py" line="65"/>
        <source>Equity</source>
        <translation>有効証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="40"/>
        <location filename="../../gui/plots/price_plot.py" line="62"/>
        <source>Margin</source>
        <translation>必要証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="48"/>
        <source>Max leverage 1:</source>
        <translation>最大レバレッジ 1:</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="51"/>
        <source>Leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="74"/>
        <source>Margin ({currency})</source>
        <translation>証拠金({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="79"/>
        <source>Equity ({currency})</source>
        <translation>有効証拠金({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="90"/>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="98"/>
        <location filename="../../gui/plots/price_plot.py" line="143"/>
        <source>now {price}</source>
        <translation>現在 {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="112"/>
        <source>equity {equity} {currency}:  margin {margin} {currency}  leverage {leverage}</source>
        <translation>有効証拠金 {equity} {currency}:  証拠金 {margin} {currency}  レバレッジ {leverage}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="125"/>
        <location filename="../../gui/plots/level_plot.py" line="113"/>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="54"/>
        <location filename="../../gui/plots/level_plot.py" line="30"/>
        <source>Margin level (%)</source>
        <translation>証拠金維持率(%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="82"/>
        <source>Orange line: margin call; red line: stop out. + is now. Each cell re-prices the whole account with both prices moved.</source>
        <translation>オレンジ線: マージンコール、赤線: ストップアウト。+ は現在。各セルは両方の価格を動かして口座全体を再計算します。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="123"/>
        <source>The heat map needs positions in two symbols: it moves the two largest.</source>
        <translation>ヒートマップには 2 銘柄のポジションが必要です。最も大きい 2 銘柄を動かします。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="147"/>
        <source>{symbol} move (%)</source>
        <translation>{symbol} の変動(%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="162"/>
        <location filename="../../gui/plots/level_plot.py" line="100"/>
        <source>none (no margin)</source>
        <translation>なし(証拠金なし)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="164"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="165"/>
        <location filename="../../gui/plots/price_plot.py" line="38"/>
        <source>margin call</source>
        <translation>マージンコール</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="166"/>
        <location filename="../../gui/plots/price_plot.py" line="39"/>
        <source>stop out</source>
        <translation>ストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="168"/>
        <source>{x_symbol} {x_move}%, {y_symbol} {y_move}%: equity {equity}, margin level {level}, {state}</source>
        <translation>{x_symbol} {x_move}%、{y_symbol} {y_move}%: 有効証拠金 {equity}、証拠金維持率 {level}、{state}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="32"/>
        <source>Margin level</source>
        <translation>証拠金維持率</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="60"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="71"/>
        <source>margin call {level}%</source>
        <translation>マージンコール {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="79"/>
        <source>stop out {level}%</source>
        <translation>ストップアウト {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="99"/>
        <source>{symbol} {price}:  margin level {level}</source>
        <translation>{symbol} {price}:  証拠金維持率 {level}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="188"/>
        <source>pips from the market</source>
        <translation>市場価格からの pips</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="409"/>
        <location filename="../../gui/plots/plot_base.py" line="412"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="431"/>
        <source>{symbol} price (mid)</source>
        <translation>{symbol} 価格(仲値)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="59"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="68"/>
        <source>Free margin</source>
        <translation>余剰証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="83"/>
        <source>Drag to see the account at another price (a what-if price)</source>
        <translation>ドラッグすると別の価格(仮定の価格)での口座が見られます</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="113"/>
        <source>Amount ({currency})</source>
        <translation>金額({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="126"/>
        <source>market {price}</source>
        <translation>市場 {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="141"/>
        <source>what if {price}</source>
        <translation>仮に {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="159"/>
        <source>{symbol} {price}:  margin {margin}  equity {equity}  free margin {free} {currency}</source>
        <translation>{symbol} {price}:  証拠金 {margin}  有効証拠金 {equity}  余剰証拠金 {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>What if</source>
        <translation>仮定</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="38"/>
        <source>Margin vs price</source>
        <translation>価格別の証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="39"/>
        <source>Margin level vs price</source>
        <translation>価格別の証拠金維持率</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="40"/>
        <source>Margin and leverage vs equity</source>
        <translation>有効証拠金別の証拠金とレバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="72"/>
        <source>All at once</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="73"/>
        <source>Show the three plots stacked instead of in tabs</source>
        <translation>3 つのグラフをタブではなく縦に並べて表示</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="75"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="76"/>
        <source>Save the plot as a picture, or its curve&apos;s numbers</source>
        <translation>グラフを画像として、または曲線の数値として保存</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="78"/>
        <source>Picture (PNG)…</source>
        <translation>画像 (PNG)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="79"/>
        <source>The plot shown (all plots, when shown at once)</source>
        <translation>表示中のグラフ(すべて表示時は全グラフ)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="81"/>
        <source>Numbers (CSV)…</source>
        <translation>数値 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="82"/>
        <source>The curve&apos;s numbers (the price curve, when all plots are shown)</source>
        <translation>曲線の数値(すべて表示時は価格曲線)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="85"/>
        <source>Out of date</source>
        <translation>古い結果</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="87"/>
        <source>The plots show the last valid input until the marked fields are fixed</source>
        <translation>印の付いた欄を直すまで、グラフは最後の有効な入力を表示します</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source>what if </source>
        <translation>仮に </translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source> pips</source>
        <translation> pips</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="105"/>
        <source>Move the analysed symbol&apos;s price by this many pips from the market: every figure, table and plot follows, as a what-if. Or drag the price line.</source>
        <translation>分析中の銘柄の価格を市場価格からこの pips だけ動かします。すべての数値、表、グラフが仮定として追従します。価格線をドラッグしても同じです。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="110"/>
        <source>Market</source>
        <translation>市場価格</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="112"/>
        <source>Back to the market price (Esc on the plots)</source>
        <translation>市場価格に戻る(グラフ上で Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="120"/>
        <source>Danger zone</source>
        <translation>危険ゾーン</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="125"/>
        <source>When a margin call or stop out is within 1% of the price, frame the price plots on it (unticked: the nearest levels and tier thresholds, however far)</source>
        <translation>マージンコールかストップアウトが価格の 1% 以内にあるとき、価格グラフをそこに合わせます(オフ: 最寄りの水準と段階のしきい値を、どれほど遠くても表示)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="132"/>
        <source>Orders fill</source>
        <translation>注文を約定</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="137"/>
        <source>Pending orders of the analysed symbol fill where its price reaches them, in every figure that moves the price (unticked: no order ever fills)</source>
        <translation>分析中の銘柄の待機注文は、価格を動かすすべての数値で、価格が届いた所で約定します (オフ: どの注文も約定しない)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="212"/>
        <source>Nothing to draw until the marked fields are fixed.</source>
        <translation>マークされた項目を直すまで描画するものはありません。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="308"/>
        <source>No open positions: add one to see margin against its price.</source>
        <translation>保有ポジションがありません。追加すると価格別の証拠金が表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="334"/>
        <source>Export plot as PNG</source>
        <translation>グラフを PNG で書き出す</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="336"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="345"/>
        <source>Export curve as CSV</source>
        <translation>曲線を CSV で書き出す</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="347"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="40"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="41"/>
        <source>Instrument symbol from the catalog (EURUSD, XAUUSD, US500 ...)</source>
        <translation>カタログの銘柄(EURUSD、XAUUSD、US500 …)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="47"/>
        <source>Side</source>
        <translation>売買</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="48"/>
        <source>buy or sell</source>
        <translation>買いまたは売り</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="52"/>
        <source>Lots</source>
        <translation>ロット</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="53"/>
        <source>Volume in lots; 1 lot = the contract size</source>
        <translation>ロット単位の数量。1 ロット = 契約サイズ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="57"/>
        <source>Open</source>
        <translation>建値</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="58"/>
        <source>Price the position was opened at</source>
        <translation>ポジションを建てた価格</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="62"/>
        <source>Swap</source>
        <translation>スワップ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="63"/>
        <source>Swap so far, in account currency (negative = paid)</source>
        <translation>これまでのスワップ、口座通貨建て(マイナス = 支払い)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="67"/>
        <source>Comm.</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="68"/>
        <source>Commission paid, in account currency (negative = paid)</source>
        <translation>支払った手数料、口座通貨建て(マイナス = 支払い)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="74"/>
        <source>Open lev.</source>
        <translation>建玉レバ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="75"/>
        <source>Leverage the position was opened with; kept under schemes that apply tier changes to new positions only</source>
        <translation>ポジションを建てたときのレバレッジ。段階の変更を新規ポジションだけに適用する体系で保持されます</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="83"/>
        <source>Restr.</source>
        <translation>制限</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="84"/>
        <source>Opened in a high-margin period (news, around the weekend): the broker keeps it on the scheme&apos;s restricted leverage cap</source>
        <translation>高証拠金期間(指標発表、週末前後)に建てたもの: ブローカーは体系の制限レバレッジ上限を適用し続けます</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="93"/>
        <source>Notional</source>
        <translation>想定元本</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="94"/>
        <source>lots x contract size x price (ask for a buy, bid for a sell), in account currency</source>
        <translation>ロット x 契約サイズ x 価格(買いは Ask、売りは Bid)、口座通貨建て</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="100"/>
        <source>P/L</source>
        <translation>損益</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="101"/>
        <source>side x (close - open) x lots x contract size, converted, + swap + commission; a buy closes at the bid, a sell at the ask</source>
        <translation>売買 x(決済値 - 建値)x ロット x 契約サイズ、換算して + スワップ + 手数料。買いは Bid、売りは Ask で決済</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="108"/>
        <source>Margin</source>
        <translation>必要証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="109"/>
        <source>margined notional (at the current or the open price, as the scheme says) / leverage, volume tiers blended in, times the instrument&apos;s margin multiplier</source>
        <translation>証拠金対象の想定元本(体系に従い現在値または建値)/ レバレッジ、取引量の段階を合成し、銘柄の証拠金倍率を掛けたもの</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="116"/>
        <source>Leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="117"/>
        <source>the leverage the position&apos;s margin is charged at: the account&apos;s, capped by class, instrument and market caps, volume tiers blended in</source>
        <translation>ポジションの証拠金が課される実効レバレッジ: 口座のレバレッジをクラス・銘柄・市場の上限で制限し、出来高段階を合成したもの</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="125"/>
        <source>buy</source>
        <translation>買い</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="126"/>
        <source>sell</source>
        <translation>売り</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="37"/>
        <location filename="../../gui/inputs/positions_table.py" line="93"/>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="226"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="78"/>
        <source>Add a position (Insert)</source>
        <translation>ポジションを追加(Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="227"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="79"/>
        <source>Duplicate the selected position (Ctrl+D)</source>
        <translation>選択したポジションを複製(Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="228"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="80"/>
        <source>Remove the selected positions (Delete)</source>
        <translation>選択したポジションを削除(Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="83"/>
        <source>Notional, swap, comm.: right-click the header</source>
        <translation>想定元本、スワップ、手数料: 見出しを右クリック</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="91"/>
        <source>Positions (amounts in {currency})</source>
        <translation>ポジション(金額は {currency})</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="29"/>
        <source>fxmargin presets and scenarios (*.json);;All files (*)</source>
        <translation>fxmargin プリセットとシナリオ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="39"/>
        <source>My presets</source>
        <translation>マイプリセット</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="43"/>
        <source>Kept in {folder}</source>
        <translation>保存先 {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="52"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="93"/>
        <source>Source: {source}</source>
        <translation>出典: {source}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="96"/>
        <source>Checked: {date}</source>
        <translation>確認日: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="99"/>
        <source>File: {file}</source>
        <translation>ファイル: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="131"/>
        <source>Cannot rename</source>
        <translation>名前を変更できません</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="135"/>
        <source>Cannot delete</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="138"/>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="157"/>
        <source>Rename preset</source>
        <translation>プリセットの名前を変更</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="158"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="171"/>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="172"/>
        <source>Delete your preset “{name}”? Scenarios that use it keep it.</source>
        <translation>マイプリセット「{name}」を削除しますか? 使っているシナリオには残ります。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="184"/>
        <source>Export preset</source>
        <translation>プリセットを書き出す</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="191"/>
        <source>Import preset</source>
        <translation>プリセットを取り込む</translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="42"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="43"/>
        <source>Bid</source>
        <translation>Bid</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="44"/>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="45"/>
        <source>Spread</source>
        <translation>スプレッド</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="46"/>
        <source>Why it is needed</source>
        <translation>必要な理由</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="50"/>
        <source>The bid: sells open and buys close here. Typed alone, it is the whole price (no spread).</source>
        <translation>Bid: 売りはここで建ち、買いはここで決済されます。これだけ入力すると、それが価格そのものです(スプレッドなし)。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="54"/>
        <source>The ask: buys open and sells close here. Leave it as the bid for no spread.</source>
        <translation>Ask: 買いはここで建ち、売りはここで決済されます。スプレッドなしなら Bid と同じにしてください。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="57"/>
        <source>Ask - bid, in pips of the symbol</source>
        <translation>Ask - Bid(銘柄の pips)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="59"/>
        <source>not used by this scenario</source>
        <translation>このシナリオでは未使用</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="134"/>
        <source>enter the current price of {symbol}</source>
        <translation>{symbol} の現在価格を入力してください</translation>
    </message>
</context>
<context>
    <name>PricesTable</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="214"/>
        <source>Market prices</source>
        <translation>市場価格</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="235"/>
        <location filename="../../gui/inputs/prices_table.py" line="274"/>
        <source>Paste prices</source>
        <translation>価格を貼り付け</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="239"/>
        <source>Paste lines of SYMBOL BID ASK or SYMBOL PRICE (Ctrl+V in the table), separated by tabs, semicolons, commas or spaces, as a spreadsheet or the terminal&apos;s Market Watch copies them</source>
        <translation>銘柄 BID ASK または 銘柄 価格 の行を貼り付けます (表では Ctrl+V)。区切りはタブ、セミコロン、カンマ、スペースのいずれでも可。表計算ソフトやターミナルの気配値表示がコピーする形のままで構いません</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="263"/>
        <source>paste of {count} prices</source>
        <translation>{count} 件の価格の貼り付け</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="275"/>
        <source>{count} prices pasted.</source>
        <translation>{count} 件の価格を貼り付けました。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="280"/>
        <source>The clipboard holds no lines of SYMBOL BID ASK.</source>
        <translation>クリップボードに 銘柄 BID ASK の行がありません。</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../gui/common/problem_words.py" line="36"/>
        <source>Positions, row {row}</source>
        <translation>ポジション、{row} 行目</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="44"/>
        <source>Market prices, {symbol}</source>
        <translation>市場価格、{symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="47"/>
        <source>Broker scheme (Scheme &gt; Edit…)</source>
        <translation>ブローカーの体系(レバレッジ体系 &gt; 編集…)</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="49"/>
        <source>New order</source>
        <translation>新規注文</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="51"/>
        <source>Instrument {symbol} in the file</source>
        <translation>ファイル内の銘柄 {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="54"/>
        <source>The scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="62"/>
        <source>Type {symbol}&apos;s price in Market prices.</source>
        <translation>「市場価格」に {symbol} の価格を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="66"/>
        <source>{source} amounts cannot be turned into {target} yet: type a price for {pair} in Market prices.</source>
        <translation>{source} の金額はまだ {target} に換算できません: 「市場価格」に {pair} の価格を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="75"/>
        <source>empty</source>
        <translation>空欄</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="50"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="51"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="55"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="56"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="39"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="40"/>
        <source>Deposits plus closed profit.</source>
        <translation>入金額と確定損益の合計。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="44"/>
        <source>Floating P/L</source>
        <translation>含み損益</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="45"/>
        <source>Sum over positions of side x (close - open) x lots x contract size, converted at mids, + swap + commission. A buy closes at the bid, a sell at the ask.</source>
        <translation>全ポジションの 売買 x(決済値 - 建値)x ロット x 契約サイズ の合計を仲値で換算し、+ スワップ + 手数料。買いは Bid、売りは Ask で決済。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="53"/>
        <source>Equity</source>
        <translation>有効証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="54"/>
        <source>Balance + credit + floating P/L.</source>
        <translation>残高 + クレジット + 含み損益。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="58"/>
        <source>Margin</source>
        <translation>必要証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="59"/>
        <source>Sum of the positions&apos; margins: margined notional / leverage, volume tiers blended in. A buy is priced at the ask and a sell at the bid, or at its open price (MT5).</source>
        <translation>各ポジションの証拠金の合計: 証拠金対象の想定元本 / レバレッジ(取引量の段階を合成)。買いは Ask、売りは Bid、または建値(MT5)で評価。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="67"/>
        <source>Margin basis</source>
        <translation>証拠金の計算価格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="68"/>
        <source>The price margin is computed at: the current bid or ask (MetaTrader 4), or each position&apos;s open price (MetaTrader 5 and brokers that fix margin at opening).</source>
        <translation>証拠金を計算する価格: 現在の Bid または Ask(MetaTrader 4)、または各ポジションの建値(MetaTrader 5 と建玉時に証拠金を固定するブローカー)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="76"/>
        <source>Free margin</source>
        <translation>余剰証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="77"/>
        <source>Equity - margin.</source>
        <translation>有効証拠金 - 証拠金。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="81"/>
        <source>Margin level</source>
        <translation>証拠金維持率</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="82"/>
        <source>Equity / margin x 100%. None without margin.</source>
        <translation>有効証拠金 / 証拠金 x 100%。証拠金がなければなし。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>Leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="87"/>
        <source>min(the leverage granted after the unlimited-leverage rules, the equity tier&apos;s leverage). Where volume tiers or class caps charge the open positions at another leverage, their average on the notional follows.</source>
        <translation>min(無制限レバレッジ規則の後に付与されたレバレッジ, 有効証拠金段階のレバレッジ)。出来高段階やクラス上限で建玉に別のレバレッジが課される場合は、想定元本で加重した平均を続けて示します。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="96"/>
        <source>Margin call / stop out</source>
        <translation>マージンコール / ストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="97"/>
        <source>Margin call when equity &lt;= margin call level x margin; stop out likewise (or equity &lt;= an amount with money levels).</source>
        <translation>有効証拠金 &lt;= マージンコール水準 x 証拠金 でマージンコール。ストップアウトも同様(金額指定なら 有効証拠金 &lt;= 金額)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="109"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="126"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="132"/>
        <source>What is near: the margin call (or, at margin call, the stop out) at its nearer price. Orange when it is closer than ten of the symbol&apos;s current spreads (ten pips without a spread): a news release or the rollover can move that far at once.</source>
        <translation>近いもの: マージンコール(マージンコール中ならストップアウト)の近い方の価格。銘柄の現在のスプレッド 10 本分(スプレッドなしなら 10 pips)より近いとオレンジ。指標発表やロールオーバーで一気に動きうる距離です。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="164"/>
        <source>Margin call and stop-out prices</source>
        <translation>マージンコールとストップアウトの価格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="170"/>
        <source>The symbol whose price moves; all other prices stay fixed. Default: the largest notional.</source>
        <translation>価格を動かす銘柄。他の価格は固定。既定: 想定元本が最大の銘柄。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="175"/>
        <source>Moving</source>
        <translation>動かす銘柄</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="181"/>
        <source>The nearest mid prices below and above where the level is reached, the spread kept and every rule re-applied at each price; distances in pips and percent.</source>
        <translation>水準に達する最も近い仲値(下と上)。スプレッドは保ち、各価格ですべての規則を適用し直します。距離は pips と % で。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="188"/>
        <source>Margin call</source>
        <translation>マージンコール</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="189"/>
        <source>Stop out</source>
        <translation>ストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="192"/>
        <source>Spread widening (rollover, news)</source>
        <translation>スプレッド拡大(ロールオーバー、指標発表)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="201"/>
        <source>The smallest spread of the moving symbol, its mid fixed, at which the level is reached: positions close at the bid or the ask, so a wide spread alone can do it.</source>
        <translation>分析中の銘柄の仲値を固定したまま水準に達する最小のスプレッド。ポジションは Bid か Ask で決済されるので、スプレッド拡大だけで起こりえます。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="206"/>
        <source>Spread now</source>
        <translation>現在のスプレッド</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="207"/>
        <source>Margin call at</source>
        <translation>マージンコールの発生</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="208"/>
        <source>Stop out at</source>
        <translation>ストップアウトの発生</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="211"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="251"/>
        <source>NOT UP TO DATE: fix the marked fields</source>
        <translation>最新ではありません: 印の付いた欄を直してください</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="255"/>
        <source>... and {count} more</source>
        <translation>… ほか {count} 件</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="257"/>
        <source>Fix these to update the results:</source>
        <translation>結果を更新するには次を直してください:</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="269"/>
        <source>WHAT IF {symbol} were at {price}: {pips} pips from the market ({market}). Not the market: Market (or Esc on the plots) goes back.</source>
        <translation>仮に {symbol} が {price} なら: 市場価格({market})から {pips} pips。市場価格ではありません:「市場価格」ボタン(グラフ上で Esc)で戻ります。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="284"/>
        <source> + {amount} credit</source>
        <translation> + クレジット {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="296"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage}(段階 {tier})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="305"/>
        <source>Picked {selected}, granted {granted}.</source>
        <translation>選択 {selected}、適用 {granted}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="331"/>
        <source>no open positions</source>
        <translation>保有ポジションなし</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="338"/>
        <source>{pips} pips ({symbol})</source>
        <translation>{pips} pips({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="349"/>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="361"/>
        <source>Largest notional ({symbol})</source>
        <translation>想定元本が最大({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="363"/>
        <source>Largest notional</source>
        <translation>想定元本が最大</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="89"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="90"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ScenarioController</name>
    <message>
        <location filename="../../gui/scenario_controller.py" line="283"/>
        <source>position {row}: {field}</source>
        <translation>ポジション {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="286"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="287"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="288"/>
        <source>Lots</source>
        <translation>ロット</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="289"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="290"/>
        <source>Stop</source>
        <translation>ストップ</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="292"/>
        <source>pending order {row}: {field}</source>
        <translation>待機注文 {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="299"/>
        <source>change of scheme</source>
        <translation>スキームの変更</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="321"/>
        <source>new position</source>
        <translation>新規ポジション</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="333"/>
        <source>removal of positions</source>
        <translation>ポジションの削除</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="344"/>
        <source>new pending order</source>
        <translation>新しい待機注文</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="368"/>
        <source>removal of pending orders</source>
        <translation>待機注文の削除</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="384"/>
        <source>price of {symbol}</source>
        <translation>{symbol} の価格</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="567"/>
        <source>{symbol} read as {instrument}</source>
        <translation>{symbol} を {instrument} として読む</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="59"/>
        <source>all positions</source>
        <translation>すべてのポジション</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="60"/>
        <source>new positions only</source>
        <translation>新規ポジションのみ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="63"/>
        <source>notional (account currency)</source>
        <translation>想定元本(口座通貨)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="64"/>
        <source>lots</source>
        <translation>ロット</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="67"/>
        <source>the whole account</source>
        <translation>口座全体</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="68"/>
        <source>each group (major, minor, exotic, metal…)</source>
        <translation>グループごと(メジャー、マイナー、エキゾチック、貴金属…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="69"/>
        <source>each class (forex, metal, index…)</source>
        <translation>クラスごと(FX、貴金属、指数…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="70"/>
        <source>each symbol</source>
        <translation>銘柄ごと</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="73"/>
        <source>margined lots (after hedging)</source>
        <translation>証拠金対象ロット(両建て相殺後)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="74"/>
        <source>the larger of buys and sells</source>
        <translation>買いと売りの大きい方</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="75"/>
        <source>buys and sells together</source>
        <translation>買いと売りの合計</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="79"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="80"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="81"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="82"/>
        <source>Checked on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="83"/>
        <source>Margin priced</source>
        <translation>証拠金の価格</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="84"/>
        <source>Tiers apply to</source>
        <translation>段階の適用先</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="85"/>
        <source>Volume counted in</source>
        <translation>取引量の単位</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="86"/>
        <source>Counted over</source>
        <translation>集計の範囲</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="87"/>
        <source>Counting</source>
        <translation>数え方</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="88"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="348"/>
        <source>Account types</source>
        <translation>口座タイプ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="89"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="353"/>
        <source>Platforms</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="90"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Equity below</source>
        <translation>有効証拠金が次未満</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="91"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="357"/>
        <source>Closed trades at least</source>
        <translation>決済済み取引の最小数</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="92"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="358"/>
        <source>Closed lots at least</source>
        <translation>決済済みロットの最小数</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="361"/>
        <source>Otherwise 1:</source>
        <translation>それ以外 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="119"/>
        <source>Edit broker scheme</source>
        <translation>ブローカーの体系を編集</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="55"/>
        <source>at the current price</source>
        <translation>現在価格</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="56"/>
        <source>at the open price</source>
        <translation>建値</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="93"/>
        <source>Fallback</source>
        <translation>代替</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>The scheme&apos;s name, as the scheme list shows it.</source>
        <translation>体系の名前。体系の一覧に表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>One line on what the rules are.</source>
        <translation>規則の内容を 1 行で。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="133"/>
        <source>&amp;Source</source>
        <translation>出典(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="134"/>
        <source>Where the numbers come from: the broker&apos;s page or e-mail.</source>
        <translation>数値の出所: ブローカーのページやメール。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="138"/>
        <source>C&amp;hecked on</source>
        <translation>確認日(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="139"/>
        <source>The date you last read the source (YYYY-MM-DD).</source>
        <translation>最後に出典を確認した日付(YYYY-MM-DD)。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="142"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="148"/>
        <source>The currency the scheme&apos;s equity and notional limits are in.</source>
        <translation>体系の有効証拠金と想定元本の上限の通貨。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="153"/>
        <source>Margin p&amp;riced</source>
        <translation>証拠金の価格(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="157"/>
        <source>C&amp;urrency</source>
        <translation>通貨(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="162"/>
        <source>&amp;Equity tiers</source>
        <translation>有効証拠金の段階(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="163"/>
        <source>&amp;Volume tiers</source>
        <translation>取引量の段階(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="164"/>
        <source>Hedging and &amp;caps</source>
        <translation>両建てと上限(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="165"/>
        <source>Unlimited and &amp;levels</source>
        <translation>無制限と水準(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="174"/>
        <source>&amp;Use in this scenario</source>
        <translation>このシナリオで使う(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="176"/>
        <source>Save as &amp;my preset…</source>
        <translation>マイプリセットとして保存(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <source>From (equity)</source>
        <translation>開始(有効証拠金)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="238"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Leverage 1:</source>
        <translation>レバレッジ 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="223"/>
        <source>The equity at which this tier starts; the first starts at 0.</source>
        <translation>この段階が始まる有効証拠金。最初の段階は 0 から。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="227"/>
        <source>The leverage the account gets at each level of equity. No rows: none.</source>
        <translation>有効証拠金の水準ごとの口座レバレッジ。行なし: 段階なし。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="236"/>
        <source>Ladder (all, group, class or symbol)</source>
        <translation>段階表(all、グループ、クラス、銘柄)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="237"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="244"/>
        <source>Rows with the same key form one ladder. &apos;all&apos; is one ladder for every position; with other ladders it is the ladder for the rest.</source>
        <translation>同じキーの行で 1 つの段階表になります。&apos;all&apos; は全ポジション共通の段階表で、他の段階表があるときは残りのポジション用です。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="248"/>
        <source>Where this tier starts, in the unit below; each ladder&apos;s first starts at 0.</source>
        <translation>この段階の開始点(下の単位)。各段階表の最初は 0 から。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="254"/>
        <source>Leverage by the volume of open positions, applied tier by tier.</source>
        <translation>保有ポジションの取引量に応じたレバレッジ。段階ごとに適用。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="278"/>
        <source>none: both sides margined; net: only the difference; larger_leg: the larger side; a number h: the share of covered lots that is margined.</source>
        <translation>none: 両側とも証拠金計算、net: 差分のみ、larger_leg: 大きい側、数値 h: 両建てロットのうち証拠金を計算する割合。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Class or symbol</source>
        <translation>クラスまたは銘柄</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="297"/>
        <source>Hedged positions (no rows: none)</source>
        <translation>両建てポジション(行なし: none)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="299"/>
        <source>Highest leverage per class or symbol</source>
        <translation>クラス・銘柄ごとの最大レバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="302"/>
        <source>In a restricted market (news, weekends)</source>
        <translation>制限相場のとき(指標発表、週末)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="306"/>
        <source>Hedging, per class or &apos;all&apos;: none, both sides margined; net, only the difference; larger_leg, the larger side; a number h from 0 to 1, that share of the covered lots margined (0.5: half).</source>
        <translation>両建て(クラスごと、または &apos;all&apos;): none は両側とも証拠金計算、net は差分のみ、larger_leg は大きい側、0 から 1 の数値 h は両建てロットのその割合を証拠金計算(0.5: 半分)。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="312"/>
        <source>From the terminal&apos;s symbol specification: MT4&apos;s hedged margin is per lot, so half the contract size is 0.5. MT5&apos;s is per covered pair: one lot&apos;s margin (hedged margin equal to the contract size) is 0.5, half a lot&apos;s is 0.25, none is net; MT5&apos;s &apos;calculate hedged margin using larger leg&apos; is larger_leg.</source>
        <translation>ターミナルのシンボル仕様から: MT4の両建て証拠金はロット単位なので、契約サイズの半分は0.5。MT5は両建てのペア単位: 1ロット分の証拠金(両建て証拠金が契約サイズと同じ)は0.5、半ロット分は0.25、なしはnet。MT5の「大きい方のレッグで両建て証拠金を計算」はlarger_leg。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="319"/>
        <source>Caps: an instrument never gets more leverage than its class&apos;s or its symbol&apos;s (symbols in capitals, as XAGUSD); a symbol&apos;s entry wins over its class&apos;s.</source>
        <translation>上限: 銘柄はそのクラスまたは銘柄の上限を超えるレバレッジになりません(銘柄は XAGUSD のように大文字)。銘柄の設定がクラスの設定より優先します。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="324"/>
        <source>Restricted market: the caps for positions marked restricted, or for all when the account form&apos;s Restricted market is ticked; &apos;all&apos; is one cap for every position.</source>
        <translation>制限相場: 制限の印を付けたポジションの上限。口座フォームの「制限相場」をオンにすると全ポジションに適用。&apos;all&apos; は全ポジション共通の上限。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="338"/>
        <source>Unlimited leverage for eligible accounts</source>
        <translation>条件を満たす口座の無制限レバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="349"/>
        <source>Comma-separated; empty: every type.</source>
        <translation>カンマ区切り。空欄: すべてのタイプ。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="354"/>
        <source>Comma-separated (MT4, MT5); empty: every platform.</source>
        <translation>カンマ区切り(MT4、MT5)。空欄: すべてのプラットフォーム。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Unlimited only below this equity.</source>
        <translation>有効証拠金がこの値未満のときだけ無制限。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="362"/>
        <source>The leverage of an account that is not eligible.</source>
        <translation>条件を満たさない口座のレバレッジ。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Account type</source>
        <translation>口座タイプ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Margin call %</source>
        <translation>マージンコール %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Stop out %</source>
        <translation>ストップアウト %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="375"/>
        <source>Margin call and stop out by account type</source>
        <translation>口座タイプ別のマージンコールとストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="431"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="437"/>
        <source>Equity tiers</source>
        <translation>有効証拠金の段階</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="441"/>
        <source>Hedging</source>
        <translation>両建て</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="446"/>
        <source>Caps</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="452"/>
        <source>Restricted market</source>
        <translation>制限相場</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="489"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="545"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="552"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>{table}, row {row}</source>
        <translation>{table}、{row} 行目</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="492"/>
        <source>{place}, From</source>
        <translation>{place}、開始</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="495"/>
        <source>{place}, Leverage</source>
        <translation>{place}、レバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="511"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="517"/>
        <source>Volume tiers</source>
        <translation>取引量の段階</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="521"/>
        <source>Volume tiers ({ladder})</source>
        <translation>取引量の段階({ladder})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="561"/>
        <source>Unlimited leverage</source>
        <translation>無制限レバレッジ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="565"/>
        <source>Unlimited: {field}</source>
        <translation>無制限: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="577"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>Levels</source>
        <translation>水準</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="583"/>
        <source>{place}, Margin call</source>
        <translation>{place}、マージンコール</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="586"/>
        <source>{place}, Stop out</source>
        <translation>{place}、ストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="671"/>
        <source>equity tiers</source>
        <translation>有効証拠金の段階</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="672"/>
        <source>Equity ({currency})</source>
        <translation>有効証拠金({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="679"/>
        <source>Volume, lots</source>
        <translation>取引量、ロット</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="681"/>
        <source>Volume, notional ({currency})</source>
        <translation>取引量、想定元本({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="709"/>
        <source>Cannot save the preset</source>
        <translation>プリセットを保存できません</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="44"/>
        <source>Positions: add a position</source>
        <translation>ポジション: ポジションを追加</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="45"/>
        <source>Positions: duplicate the selected position</source>
        <translation>ポジション: 選択したポジションを複製</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="46"/>
        <source>Positions: remove the selected positions</source>
        <translation>ポジション: 選択したポジションを削除</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="47"/>
        <source>Tables: edit the cell (or start typing)</source>
        <translation>表: セルを編集 (または入力を開始)</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="48"/>
        <source>Plots: back to the market price</source>
        <translation>チャート: 市場価格に戻る</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="51"/>
        <source>Market prices: paste lines of SYMBOL BID ASK</source>
        <translation>市場価格: 銘柄 BID ASK の行を貼り付け</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="183"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>What they do</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="34"/>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>Imported statement</source>
        <translation>取り込んだ口座明細</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Statement</source>
        <translation>口座明細</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <source>Difference</source>
        <translation>差額</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="61"/>
        <source>Find the broker&apos;s rule again</source>
        <translation>ブローカーのルールを再検索</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="65"/>
        <source>Search again for the leverage, margin price, hedging and caps that reproduce the printed margin, with the prices, the leverage and the scheme as you have them now (a leverage you changed and a preset you picked are kept)</source>
        <translation>今の価格、レバレッジ、スキームで、印字された証拠金を再現するレバレッジ、証拠金価格、両建て、上限を再検索します(変更したレバレッジと選んだプリセットは保持されます)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>MetaTrader 5, live</source>
        <translation>MetaTrader 5 (ライブ)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="112"/>
        <source>Live from MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>MetaTrader 5 からライブ: {server}、口座 {account}、{time} に読み取り</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="122"/>
        <source>{platform} statement {file}</source>
        <translation>{platform} 口座明細 {file}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="127"/>
        <source>, account {account}</source>
        <translation>、口座 {account}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="139"/>
        <source>1 open position</source>
        <translation>保有ポジション 1 件</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="141"/>
        <source>{count} open positions</source>
        <translation>保有ポジション {count} 件</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="142"/>
        <source>1 closed trade ({lots} lots)</source>
        <translation>決済済み取引 1 件({lots} ロット)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="144"/>
        <source>{count} closed trades ({lots} lots)</source>
        <translation>決済済み取引 {count} 件({lots} ロット)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="147"/>
        <source>1 pending order</source>
        <translation>待機注文 1 件</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="149"/>
        <source>{count} pending orders</source>
        <translation>待機注文 {count} 件</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="216"/>
        <source>Added up as the terminal does: each position&apos;s P/L rounded to the cent (a yen) first, as the positions table shows it. The Results panel adds them unrounded, so it may differ by a few cents.</source>
        <translation>ターミナルと同じ足し方: 各ポジションの損益をまずセント(円)単位に丸め、ポジション表の表示どおりに合計します。結果パネルは丸めずに合計するため、数セント異なることがあります。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="225"/>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="228"/>
        <source>fxmargin and the statement agree to the printed unit</source>
        <translation>fxmarginと報告書は印字単位まで一致します</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="231"/>
        <source>fxmargin differs from the terminal&apos;s figure by more than the printed unit (a cent, or one yen): see the headline and the notes</source>
        <translation>fxmarginはターミナルの値と印字単位(1セントまたは1円)を超えて異なります: 見出しと注記を参照</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="255"/>
        <source>{symbol} is</source>
        <translation>{symbol} は</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="265"/>
        <source>The catalog symbol the broker&apos;s {symbol} stands for; or complete its instrument (class, base, quote, contract and pip size) in the scenario file</source>
        <translation>ブローカーの {symbol} に当たるカタログの銘柄。またはシナリオファイルで銘柄情報(クラス、基軸通貨、決済通貨、契約サイズ、pip サイズ)を補ってください</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="269"/>
        <source>Map</source>
        <translation>対応付け</translation>
    </message>
</context>
<context>
    <name>StressPanel</name>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="31"/>
        <source>What if</source>
        <translation>仮定</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="32"/>
        <source>Equity</source>
        <translation>有効証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="33"/>
        <source>Margin</source>
        <translation>必要証拠金</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="34"/>
        <source>Level</source>
        <translation>維持率</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="35"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="36"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="42"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="43"/>
        <source>MARGIN CALL</source>
        <translation>マージンコール</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="44"/>
        <source>STOP OUT</source>
        <translation>ストップアウト</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="51"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="77"/>
        <source> pips</source>
        <translation> pips</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="80"/>
        <source>A weekend gap: every symbol opens this many of its pips against your net position in it (0: no gap row).</source>
        <translation>週末の窓: 各銘柄がネットポジションに不利な方向へこの pips だけ開きます(0: 窓の行なし)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="86"/>
        <source>Weekend gap</source>
        <translation>週末の窓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="102"/>
        <source>Margin level: equity / margin x 100%</source>
        <translation>証拠金維持率: 有効証拠金 / 証拠金 x 100%</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="110"/>
        <source>Each row re-prices the whole account with every rule (tiers, eligibility, conversions): each symbol alone moved; the account currency stronger or weaker against every other currency at once; each spread widened to the one that brings a margin call; a weekend gap against every position at once. In the results CSV too.</source>
        <translation>各行はすべての規則(段階、条件、換算)で口座全体を再計算します: 各銘柄を単独で動かす、口座通貨を他の全通貨に対して同時に高く/安くする、各スプレッドをマージンコールになる幅まで広げる、週末の窓を全ポジションに同時に不利にあける。結果の CSV にも含まれます。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="165"/>
        <source>amounts in {currency}</source>
        <translation>金額は {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="169"/>
        <source>; the currency rows move {currency}</source>
        <translation>。通貨の行は {currency} を動かします</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="51"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="55"/>
        <source>Position size by risk</source>
        <translation>リスクからのポジションサイズ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="63"/>
        <location filename="../../gui/panels/tools_panel.py" line="99"/>
        <source>Symbol</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="66"/>
        <source>Stop-loss distance in pips.</source>
        <translation>ストップロスまでの距離(pips)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="67"/>
        <source>Stop (pips)</source>
        <translation>ストップ(pips)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>% of equity</source>
        <translation>有効証拠金の %</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="75"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="78"/>
        <source>Round-turn commission per lot, in account currency.</source>
        <translation>1 ロットあたりの往復手数料(口座通貨)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="79"/>
        <source>Commission / lot</source>
        <translation>手数料 / ロット</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="85"/>
        <source>lots = risk / (stop pips x pip value + commission per lot), rounded down to 0.01.</source>
        <translation>ロット = リスク /(ストップ pips x 1 pip の価値 + 1 ロットの手数料)、0.01 単位で切り捨て。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="88"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="91"/>
        <source>Maximum volume</source>
        <translation>最大取引量</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="104"/>
        <source>The most lots you can open now leaving free margin &gt;= 0.</source>
        <translation>余剰証拠金 &gt;= 0 を保って今建てられる最大ロット。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="106"/>
        <source>Most lots</source>
        <translation>最大ロット</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="129"/>
        <source>must be a number</source>
        <translation>数値にしてください</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="131"/>
        <source>must be greater than 0</source>
        <translation>0 より大きくしてください</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="133"/>
        <source>must not be negative</source>
        <translation>負の値にはできません</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="135"/>
        <source>must be at most {limit}</source>
        <translation>{limit} 以下にしてください</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="200"/>
        <location filename="../../gui/panels/tools_panel.py" line="227"/>
        <source>needs a price for {symbol} under Market prices</source>
        <translation>「市場価格」に {symbol} の価格が必要です</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="208"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt; (risk {risk} {currency}, pip {pip} {currency}/lot)&lt;br&gt;margin needed {margin} {currency}, free margin after {free} {currency}</source>
        <translation>&lt;b&gt;{lots} ロット&lt;/b&gt;(リスク {risk} {currency}、1 pip {pip} {currency}/ロット)&lt;br&gt;必要証拠金 {margin} {currency}、注文後の余剰証拠金 {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="222"/>
        <source>&lt;b&gt;no limit&lt;/b&gt;: this position needs no margin (unlimited leverage)</source>
        <translation>&lt;b&gt;上限なし&lt;/b&gt;: このポジションに証拠金は不要です(無制限レバレッジ)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="235"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt;, margin then {margin} {currency}</source>
        <translation>&lt;b&gt;{lots} ロット&lt;/b&gt;、そのときの証拠金 {margin} {currency}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="81"/>
        <source>fxmargin user guide</source>
        <translation>fxmargin ユーザーガイド</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="106"/>
        <source>The user guide is missing from this copy of fxmargin.</source>
        <translation>この fxmargin にはユーザーガイドが含まれていません。</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="75"/>
        <source>Save as my preset</source>
        <translation>マイプリセットとして保存</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="76"/>
        <source>Name of your preset:</source>
        <translation>プリセット名:</translation>
    </message>
</context>
</TS>
