<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../../core/analyses/curves.py" line="107"/>
        <source>volume {amount} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/curves.py" line="109"/>
        <location filename="../../core/analyses/curves.py" line="122"/>
        <source>equity {amount} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="57"/>
        <source>position in {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="65"/>
        <source>converts {currency} profit to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="76"/>
        <source>converts {currency} equity to {target} for the broker&apos;s tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="92"/>
        <source>{purpose} (with {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="99"/>
        <source>{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="79"/>
        <source>{symbol} {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="88"/>
        <source>{currency} {percent}% stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="90"/>
        <source>{currency} {percent}% weaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="106"/>
        <source>{symbol} spread {pips} pips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="117"/>
        <source>gap {pips} pips against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="80"/>
        <source>a {pips}-pip rise in {symbol} to {price} ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="82"/>
        <source>a {pips}-pip fall in {symbol} to {price} ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="101"/>
        <source>{move} takes {scope}volume past {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="107"/>
        <source>{move} takes {scope}volume below {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="115"/>
        <source>{move} takes {scope}volume past {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="121"/>
        <source>{move} takes {scope}volume below {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="139"/>
        <source>{move} lifts equity past {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="145"/>
        <source>{move} takes equity below {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="246"/>
        <source>equity +{amount} {currency} reaches {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="252"/>
        <source>equity -{amount} {currency} falls below {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="74"/>
        <source>must read like &quot;buy 2 EURUSD&quot; (side, lots, symbol), not {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="95"/>
        <source>lots must be greater than 0 and at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="110"/>
        <source>no price for {symbol}: add it to the prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="155"/>
        <source>account leverage {before} -&gt; {after} (equity tier {tier_before} -&gt; {tier_after})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="163"/>
        <source>account leverage {before} -&gt; {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="179"/>
        <source>the open buy of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="185"/>
        <source>the open sell of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="195"/>
        <source>the account goes from {before} to {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="201"/>
        <source>free margin would be {amount} {currency}: the terminal refuses an order it has no free margin for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="212"/>
        <location filename="../../core/report.py" line="32"/>
        <source>stop out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="213"/>
        <location filename="../../core/report.py" line="32"/>
        <source>margin call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/analyses/what_if.py" line="213"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="38"/>
        <source>{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="89"/>
        <source>required with --x price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="95"/>
        <source>no price for {symbol} in the scenario (priced: {priced})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="126"/>
        <source>must be from 2 to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="130"/>
        <location filename="../../core/files/file_fields.py" line="73"/>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="132"/>
        <source>a price must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="134"/>
        <source>must be greater than --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="147"/>
        <source>the amounts are too large to compute along this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="167"/>
        <source>the amounts are too large to compute: check prices, lots and contract sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="183"/>
        <source>the account is at stop out now: the broker closes positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="187"/>
        <source>the account is at margin call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="199"/>
        <source>unlimited leverage is not granted ({missing}): the account gets {leverage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="210"/>
        <source>equity of {amount} {currency} limits leverage to {leverage} (selected {selected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="223"/>
        <source>restricted market: high-margin-period caps apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="231"/>
        <source>free margin is {amount} {currency}: no new positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="42"/>
        <source>must be an object, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="50"/>
        <source>unknown field (allowed: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="55"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="70"/>
        <source>must be a number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="76"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="79"/>
        <source>must be greater than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="82"/>
        <source>must be at least {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="85"/>
        <source>must be at most {limit} in size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="92"/>
        <source>must be a string, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="100"/>
        <source>must be one of {choices}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="114"/>
        <source>must be a three-letter currency code such as USD, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="123"/>
        <source>must be true or false, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="135"/>
        <source>must be a number greater than 0 or &quot;unlimited&quot;, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="144"/>
        <source>must be a list of strings, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="161"/>
        <source>a string (&quot;{text}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="163"/>
        <source>the number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="165"/>
        <location filename="../../core/files/scenario_file.py" line="243"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="166"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="51"/>
        <source>this scenario names a shipped preset; there is no scheme in it to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="118"/>
        <source>a preset needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="99"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="108"/>
        <source>not valid JSON: {error} at line {line} column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="118"/>
        <source>not valid JSON: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="128"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="130"/>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="133"/>
        <source>cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="147"/>
        <source>is not a text (UTF-8) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="170"/>
        <source>a scenario must be a JSON object, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="177"/>
        <source>must be &quot;{format}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="184"/>
        <location filename="../../gui/scenario_controller.py" line="99"/>
        <source>this file is version {version}, written by a newer fxmargin; this fxmargin reads version {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="203"/>
        <location filename="../../core/statements/importer.py" line="80"/>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="213"/>
        <source>must be an object of facts about where the file came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="243"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="243"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="244"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="289"/>
        <source>required when levels_in is &quot;money&quot; (an amount of equity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="296"/>
        <source>must not be above margin_call_level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="306"/>
        <source>must be an object mapping symbols to instrument definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="333"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="351"/>
        <source>must be an object mapping symbols to prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="380"/>
        <source>must be at least the bid ({bid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="395"/>
        <source>must be an array of positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="445"/>
        <source>unknown symbol {symbol} (did you mean {close}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="447"/>
        <source>unknown symbol {symbol}; define it under &quot;instruments&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="460"/>
        <source>no price for {symbol} under &quot;prices&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="482"/>
        <source>{error} (the scheme counts tiers in {currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="498"/>
        <source>stop out ({stop}%) must not be above margin call ({call}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_file.py" line="532"/>
        <source>the positions counted together in {scope} take different volume_tiers ladders ({taken}): choose a finer volume_scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="65"/>
        <source>must be a list of tiers such as [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="84"/>
        <source>the first tier must start at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="87"/>
        <source>tiers must strictly increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="168"/>
        <source>must be between 0 and 1 (the share of hedged volume margined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="175"/>
        <source>must be one of {modes}, a share between 0 and 1, or a map of classes to those, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="195"/>
        <location filename="../../core/files/scheme_file.py" line="225"/>
        <source>unknown instrument class (one of {classes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="212"/>
        <source>must be an object mapping instrument classes to leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="220"/>
        <source>unknown instrument class (one of {classes}) or symbol (upper case, as XAGUSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="271"/>
        <source>must be an object mapping account types to {{margin_call, stop_out}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="49"/>
        <location filename="../../core/margin/eligibility.py" line="65"/>
        <source>one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="53"/>
        <source>switch to one of these accounts: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="69"/>
        <source>open the account on one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="82"/>
        <source>below {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="88"/>
        <source>equity must be below the limit, not at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="91"/>
        <source>equity {amount} {currency} over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="104"/>
        <source>at least {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="107"/>
        <source>1 more closed trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="109"/>
        <source>{count} more closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="119"/>
        <source>at least {lots} lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="122"/>
        <source>{lots} more closed lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/conversion.py" line="64"/>
        <source>no price converts {source} to {target}; add a price for {pair}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="28"/>
        <source>at current bid/ask (MT4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="29"/>
        <source>at open price (MT5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="33"/>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="33"/>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="46"/>
        <source>none up to {pips} pips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="48"/>
        <location filename="../../core/report.py" line="155"/>
        <location filename="../../core/report.py" line="350"/>
        <source>reached now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="49"/>
        <source>{pips} pips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="136"/>
        <location filename="../../core/report.py" line="352"/>
        <location filename="../../core/report.py" line="363"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="138"/>
        <source>{pips} pips {side} ({price}, {percent}), equity {change} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="160"/>
        <source>none below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="162"/>
        <source>none above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="171"/>
        <source>STOP OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="173"/>
        <source>MARGIN CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="175"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="188"/>
        <source>{state}, {level} {pips} pips away (a fall to {price})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="189"/>
        <source>{state}, {level} {pips} pips away (a rise to {price})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="194"/>
        <source>none (no margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="196"/>
        <location filename="../../core/report.py" line="365"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="212"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="213"/>
        <location filename="../../core/statements/comparison.py" line="13"/>
        <source>Balance</source>
        <translation type="unfinished">الرصيد</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="215"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="216"/>
        <location filename="../../core/statements/comparison.py" line="17"/>
        <source>Floating P/L</source>
        <translation type="unfinished">الربح/الخسارة العائمة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="217"/>
        <location filename="../../core/statements/comparison.py" line="14"/>
        <source>Equity</source>
        <translation type="unfinished">حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="218"/>
        <location filename="../../core/report.py" line="249"/>
        <location filename="../../core/report.py" line="392"/>
        <location filename="../../core/statements/comparison.py" line="15"/>
        <source>Margin</source>
        <translation type="unfinished">الهامش</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="219"/>
        <location filename="../../core/report.py" line="393"/>
        <location filename="../../core/statements/comparison.py" line="16"/>
        <source>Free margin</source>
        <translation type="unfinished">الهامش الحر</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="220"/>
        <location filename="../../core/report.py" line="394"/>
        <source>Margin level</source>
        <translation type="unfinished">مستوى الهامش</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="222"/>
        <location filename="../../core/report.py" line="250"/>
        <location filename="../../core/report.py" line="395"/>
        <source>Leverage</source>
        <translation type="unfinished">الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="224"/>
        <source>{effective} (selected {selected}, granted {granted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="230"/>
        <source>Margin basis</source>
        <translation type="unfinished">أساس حساب الهامش</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="233"/>
        <source>Margin call / stop out</source>
        <translation type="unfinished">نداء الهامش / إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="236"/>
        <source>State</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="240"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="244"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="245"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="246"/>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="247"/>
        <source>Notional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="248"/>
        <source>P/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="270"/>
        <source>Price levels of {symbol} (mid; all other prices and the spread fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="275"/>
        <source>Price levels of {symbol} (mid; all other prices fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="280"/>
        <location filename="../../core/report.py" line="396"/>
        <source>Margin call</source>
        <translation type="unfinished">نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="281"/>
        <location filename="../../core/report.py" line="397"/>
        <source>Stop out</source>
        <translation type="unfinished">إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="290"/>
        <source>Spread of {symbol} (mid fixed; now {pips} pips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="297"/>
        <source>Margin call at</source>
        <translation type="unfinished">نداء الهامش عند</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="298"/>
        <source>Stop out at</source>
        <translation type="unfinished">إيقاف الخسارة عند</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="306"/>
        <source>Unlimited leverage: eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="308"/>
        <source>Unlimited leverage: not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="319"/>
        <source>required {requirement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="324"/>
        <source>Warnings</source>
        <translation type="unfinished">تحذيرات</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="355"/>
        <source>{price} ({pips} pips {side})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="373"/>
        <source>{leverage} (tier {tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="412"/>
        <source>What if: {orders} (at the ask or the bid now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="427"/>
        <source>   (level prices of {symbol})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="431"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="434"/>
        <source>After the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="92"/>
        <source>the statement prints no balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="97"/>
        <source>leverage {leverage} as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="102"/>
        <source>leverage {leverage} as the statement shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="112"/>
        <location filename="../../core/statements/mt4.py" line="125"/>
        <source>the statement does not show the leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="113"/>
        <location filename="../../core/statements/mt5.py" line="97"/>
        <source>MetaTrader 5 reports do not show the leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="124"/>
        <source>the statement does not show its currency: USD assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="151"/>
        <source>no price for {symbol} in the statement ({reason}): add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="213"/>
        <source>leverage not in the file and no margin to match: 1:100 assumed; set the leverage (--leverage on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="236"/>
        <source>leverage not in the file and the margin cannot be computed without the missing prices: 1:100 assumed; set the leverage (--leverage on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="253"/>
        <source>leverage not in the file and no usual leverage reproduces the printed margin {margin}: 1:100 assumed; set the leverage (--leverage on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="263"/>
        <source>leverage not in the file: {leverage} reproduces the printed margin {margin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="269"/>
        <source>at the open price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="271"/>
        <source>at the current price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="275"/>
        <source>margin {basis}, hedges margined on their larger leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="277"/>
        <source>margin {basis}, hedged lots at 50%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="279"/>
        <source>margin {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="283"/>
        <source>leverage not in the file: {leverage} ({how}) reproduces the printed margin {margin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="69"/>
        <source>summary (balance, equity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="85"/>
        <source>row {row}: trade type {kind} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="91"/>
        <source>row {row}: a {kind} row with too few cells, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="106"/>
        <source>size {text} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="118"/>
        <source>{count} broker archive rows (item &apos;profit&apos;) not counted as trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="161"/>
        <location filename="../../core/statements/mt5.py" line="124"/>
        <source>{what} {text} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="72"/>
        <source>account block (balance, equity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="70"/>
        <source>not a MetaTrader statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="79"/>
        <source>the {block} is missing: the file looks cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="91"/>
        <source>symbol {symbol} is not in the catalog: complete its instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/statements/xlsx_rows.py" line="48"/>
        <source>not a readable XLSX workbook ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="79"/>
        <source>a scenario must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="86"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="86"/>
        <location filename="../../gui/scenario_controller.py" line="92"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="551"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="585"/>
        <source>appears in two rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about_dialog.py" line="35"/>
        <source>The list of bundled libraries and their licences is missing from this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="44"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({key}), checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="50"/>
        <source>Brokers change their terms: check yours. Each preset&apos;s numbers were read in the source below on the date given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="61"/>
        <source>About fxmargin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="63"/>
        <source>Margin, free margin, margin level, and the prices where margin call and stop out come, for accounts with floating leverage. Offline: nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="67"/>
        <source>MIT licence. Qt and PySide6 under the GNU LGPL 3.0, other libraries under their own licences (Licences tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="80"/>
        <source>Where the preset numbers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="81"/>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="83"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="78"/>
        <source>Broker and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="99"/>
        <source>Broker &amp;scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="108"/>
        <source>Account type; unlimited leverage and the broker&apos;s levels depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="110"/>
        <source>Account &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="114"/>
        <source>Trading platform; Exness grants unlimited leverage on MT4 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="116"/>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="120"/>
        <source>Account currency: balance, equity and margin are in it. USC = US cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="122"/>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="124"/>
        <source>Balance: deposits plus closed profit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="126"/>
        <source>&amp;Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="128"/>
        <source>Credit (bonus) the broker adds to equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="130"/>
        <source>C&amp;redit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="135"/>
        <source>The leverage you picked (1:500 or Unlimited). The broker&apos;s rules may grant less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="140"/>
        <source>&amp;Leverage 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="144"/>
        <source>Closed trades so far (pending orders do not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="147"/>
        <source>Lots of closed trades so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="150"/>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="152"/>
        <source>Closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="158"/>
        <source>Margin call level; empty: the broker&apos;s for this account type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="162"/>
        <source>Stop-out level; empty: the broker&apos;s for this account type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="167"/>
        <source>Levels in percent of margin, or as amounts of equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="172"/>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="173"/>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="177"/>
        <source>Margin call</source>
        <translation type="unfinished">نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="178"/>
        <source>Stop out</source>
        <translation type="unfinished">إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="180"/>
        <source>Restricted market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="183"/>
        <source>The broker&apos;s caps in volatile periods (Exness: forex and gold 1:200, silver 1:100, oil 1:20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="243"/>
        <source>{name} — my preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="311"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="317"/>
        <source>{name} (in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="330"/>
        <source>{description}

Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="336"/>
        <source>A scheme defined in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="16"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="17"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="18"/>
        <source>Equity</source>
        <translation type="unfinished">حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="19"/>
        <source>Closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="20"/>
        <source>Closed lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="26"/>
        <source>Unlimited leverage checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="57"/>
        <source>This scheme has no conditions for unlimited leverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="59"/>
        <source>&lt;b&gt;Eligible&lt;/b&gt; for unlimited leverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="61"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;: picking Unlimited gives {leverage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="66"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; for unlimited leverage (you picked a fixed leverage).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../gui/error_reporting.py" line="38"/>
        <source>(the log could not be written: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="44"/>
        <source>fxmargin: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="45"/>
        <source>Something went wrong: {kind}: {error}

Your work is kept; the last good results stay on screen.
Details: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leverage</name>
    <message>
        <location filename="../../gui/inputs/number_text.py" line="16"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeverageChart</name>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="44"/>
        <source>Leverage 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="74"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>fxmargin scenarios (*.json);;MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="61"/>
        <source>MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="123"/>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="124"/>
        <source>Stress tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130"/>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>&amp;Import statement…</source>
        <translation>&amp;استيراد كشف الحساب…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>Open the &amp;example</source>
        <translation>فتح &amp;المثال</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>&amp;Recent files</source>
        <translation>الملفات &amp;الأخيرة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="180"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>Save &amp;as…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="182"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>&amp;تصدير النتائج (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Scheme</source>
        <translation>&amp;مخطط الرافعة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190"/>
        <source>&amp;Save as my preset…</source>
        <translation>&amp;حفظ كإعداد مسبق خاص بي…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="191"/>
        <source>&amp;My presets…</source>
        <translation>&amp;إعداداتي المسبقة…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="199"/>
        <source>&amp;About fxmargin</source>
        <translation>&amp;حول fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>سيستخدم fxmargin اللغة {language} بدءًا من التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="284"/>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>Cannot save the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>The scheme has problems; fix them first (Scheme &gt; Edit…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="291"/>
        <source>Save as my preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="291"/>
        <source>Name of your preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341"/>
        <source>{file} (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="343"/>
        <source>example (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="345"/>
        <source>new scenario (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="354"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="355"/>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="377"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="387"/>
        <source>Import a MetaTrader statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="412"/>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="442"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="454"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="454"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="475"/>
        <source>a new scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="478"/>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="480"/>
        <source>fxmargin closed on {time} without saving your changes to {name}. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="31"/>
        <source>Margin</source>
        <translation type="unfinished">الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="32"/>
        <source>Free margin</source>
        <translation type="unfinished">الهامش الحر</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="33"/>
        <source>Margin level</source>
        <translation type="unfinished">مستوى الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="34"/>
        <source>Leverage</source>
        <translation type="unfinished">الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="35"/>
        <source>Margin call</source>
        <translation type="unfinished">نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="36"/>
        <source>Stop out</source>
        <translation type="unfinished">إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="44"/>
        <source>New order (what if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="56"/>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="65"/>
        <source>Lots from size by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="67"/>
        <source>Take symbol, side and lots from Tools: position size by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="69"/>
        <source>Most lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="70"/>
        <source>Take symbol, side and lots from Tools: maximum volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="81"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="81"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="111"/>
        <source>Add to positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="114"/>
        <source>Open this order in the scenario, at the ask (buy) or bid (sell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="119"/>
        <source>Type a symbol and lots to see what the order would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="138"/>
        <source>lots must be a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="231"/>
        <source>Margin needed {amount} {currency}. After: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="34"/>
        <location filename="../../gui/plots/price_plot.py" line="64"/>
        <source>Equity</source>
        <translation type="unfinished">حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="34"/>
        <location filename="../../gui/plots/equity_plot.py" line="36"/>
        <location filename="../../gui/plots/price_plot.py" line="61"/>
        <source>Margin</source>
        <translation type="unfinished">الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="43"/>
        <source>Max leverage 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="46"/>
        <source>Leverage</source>
        <translation type="unfinished">الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="60"/>
        <source>Margin ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="65"/>
        <source>Equity ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="76"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="84"/>
        <location filename="../../gui/plots/price_plot.py" line="141"/>
        <source>now {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="98"/>
        <source>equity {equity} {currency}:  margin {margin} {currency}  leverage {leverage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="111"/>
        <location filename="../../gui/plots/level_plot.py" line="111"/>
        <location filename="../../gui/plots/price_plot.py" line="171"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="54"/>
        <location filename="../../gui/plots/level_plot.py" line="30"/>
        <source>Margin level (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="75"/>
        <source>Orange line: margin call; red line: stop out. + is now. Each cell re-prices the whole account with both prices moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="107"/>
        <source>The heat map needs positions in two symbols: it moves the two largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="131"/>
        <source>{symbol} move (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="142"/>
        <location filename="../../gui/plots/level_plot.py" line="98"/>
        <source>none (no margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="144"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="145"/>
        <location filename="../../gui/plots/price_plot.py" line="38"/>
        <source>margin call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="146"/>
        <location filename="../../gui/plots/price_plot.py" line="39"/>
        <source>stop out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="148"/>
        <source>{x_symbol} {x_move}%, {y_symbol} {y_move}%: equity {equity}, margin level {level}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="32"/>
        <source>Margin level</source>
        <translation type="unfinished">مستوى الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="59"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="69"/>
        <source>margin call {level}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="77"/>
        <source>stop out {level}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="97"/>
        <source>{symbol} {price}:  margin level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="84"/>
        <source>pips from the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="272"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="281"/>
        <source>{symbol} price (mid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="59"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="67"/>
        <source>Free margin</source>
        <translation type="unfinished">الهامش الحر</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="82"/>
        <source>Drag to see the account at another price (a what-if price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="111"/>
        <source>Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="124"/>
        <source>market {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="139"/>
        <source>what if {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="156"/>
        <source>{symbol} {price}:  margin {margin}  equity {equity}  free margin {free} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="171"/>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="36"/>
        <source>Margin vs price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="37"/>
        <source>Margin level vs price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="38"/>
        <source>Margin and leverage vs equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="65"/>
        <source>All at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="66"/>
        <source>Show the three plots stacked instead of in tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="68"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="69"/>
        <source>Save the plot as a picture, or its curve&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="71"/>
        <source>Picture (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="72"/>
        <source>The plot shown (all plots, when shown at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="74"/>
        <source>Numbers (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="75"/>
        <source>The curve&apos;s numbers (the price curve, when all plots are shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="78"/>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="80"/>
        <source>The plots show the last valid input until the marked fields are fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="90"/>
        <source>what if </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="90"/>
        <source> pips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="98"/>
        <source>Move the analysed symbol&apos;s price by this many pips from the market: every figure, table and plot follows, as a what-if. Or drag the price line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="103"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="105"/>
        <source>Back to the market price (Esc on the plots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="113"/>
        <source>Danger zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="118"/>
        <source>When a margin call or stop out is within 1% of the price, frame the price plots on it (unticked: the nearest levels and tier thresholds, however far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="279"/>
        <source>No open positions: add one to see margin against its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="304"/>
        <source>Export plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="304"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="311"/>
        <source>Export curve as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="311"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="47"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="48"/>
        <source>Instrument symbol from the catalog (EURUSD, XAUUSD, US500 ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="54"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="55"/>
        <source>buy or sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="59"/>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="60"/>
        <source>Volume in lots; 1 lot = the contract size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="64"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="65"/>
        <source>Price the position was opened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="69"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="70"/>
        <source>Swap so far, in account currency (negative = paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="74"/>
        <source>Comm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="75"/>
        <source>Commission paid, in account currency (negative = paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="81"/>
        <source>Open lev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="82"/>
        <source>Leverage the position was opened with; kept under schemes that apply tier changes to new positions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="90"/>
        <source>Restr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="91"/>
        <source>Opened in a high-margin period (news, around the weekend): the broker keeps it on the scheme&apos;s restricted leverage cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="100"/>
        <source>Notional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="101"/>
        <source>lots x contract size x price (ask for a buy, bid for a sell), in account currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="107"/>
        <source>P/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="108"/>
        <source>side x (close - open) x lots x contract size, converted, + swap + commission; a buy closes at the bid, a sell at the ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="115"/>
        <source>Margin</source>
        <translation type="unfinished">الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="116"/>
        <source>margined notional (at the current or the open price, as the scheme says) / leverage, volume tiers blended in, times the instrument&apos;s margin multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="123"/>
        <source>Leverage</source>
        <translation type="unfinished">الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="124"/>
        <source>the position&apos;s leverage: the account&apos;s, capped by class, instrument and market caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="131"/>
        <source>buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="132"/>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="80"/>
        <location filename="../../gui/inputs/positions_table.py" line="159"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="122"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="123"/>
        <source>Add a position (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="124"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="125"/>
        <source>Duplicate the selected position (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="126"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="127"/>
        <source>Remove the selected positions (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="145"/>
        <source>Notional, swap, comm.: right-click the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="157"/>
        <source>Positions (amounts in {currency})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="29"/>
        <source>fxmargin presets and scenarios (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="39"/>
        <source>My presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="43"/>
        <source>Kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="51"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="52"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="93"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="96"/>
        <source>Checked: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="99"/>
        <source>File: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="131"/>
        <source>Cannot rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="135"/>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="138"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="157"/>
        <source>Rename preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="158"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="171"/>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="172"/>
        <source>Delete your preset “{name}”? Scenarios that use it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="184"/>
        <source>Export preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="191"/>
        <source>Import preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="32"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="33"/>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="34"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="35"/>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="36"/>
        <source>Why it is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="40"/>
        <source>The bid: sells open and buys close here. Typed alone, it is the whole price (no spread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="44"/>
        <source>The ask: buys open and sells close here. Leave it as the bid for no spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="47"/>
        <source>Ask - bid, in pips of the symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="49"/>
        <source>not used by this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="124"/>
        <source>enter the current price of {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricesTable</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="203"/>
        <source>Market prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="21"/>
        <source>Balance</source>
        <translation type="unfinished">الرصيد</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="22"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="23"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="24"/>
        <source>Leverage</source>
        <translation type="unfinished">الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="25"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="26"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="27"/>
        <source>Closed trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="28"/>
        <source>Closed lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="29"/>
        <source>Margin call</source>
        <translation type="unfinished">نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="30"/>
        <source>Stop out</source>
        <translation type="unfinished">إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="31"/>
        <source>Levels in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="34"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="35"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="36"/>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="37"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="38"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="39"/>
        <source>Comm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="40"/>
        <source>Opened at leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="41"/>
        <source>Restr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="65"/>
        <source>Positions, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="71"/>
        <source>Market prices, {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="74"/>
        <source>Broker scheme (Scheme &gt; Edit…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="76"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="78"/>
        <source>Instrument {symbol} in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="81"/>
        <source>The scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="89"/>
        <source>Type {symbol}&apos;s price in Market prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="93"/>
        <source>{source} amounts cannot be turned into {target} yet: type a price for {pair} in Market prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/inputs/problem_words.py" line="102"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="37"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="38"/>
        <source>Deposits plus closed profit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="42"/>
        <source>Floating P/L</source>
        <translation>الربح/الخسارة العائمة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="43"/>
        <source>Sum over positions of side x (close - open) x lots x contract size, converted at mids, + swap + commission. A buy closes at the bid, a sell at the ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="51"/>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="52"/>
        <source>Balance + credit + floating P/L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="56"/>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="57"/>
        <source>Sum of the positions&apos; margins: margined notional / leverage, volume tiers blended in. A buy is priced at the ask and a sell at the bid, or at its open price (MT5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="65"/>
        <source>Margin basis</source>
        <translation>أساس حساب الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="66"/>
        <source>The price margin is computed at: the current bid or ask (MetaTrader 4), or each position&apos;s open price (MetaTrader 5 and brokers that fix margin at opening).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="74"/>
        <source>Free margin</source>
        <translation>الهامش الحر</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="75"/>
        <source>Equity - margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="79"/>
        <source>Margin level</source>
        <translation>مستوى الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="80"/>
        <source>Equity / margin x 100%. None without margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="84"/>
        <source>Leverage</source>
        <translation>الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="85"/>
        <source>min(the leverage granted after the unlimited-leverage rules, the equity tier&apos;s leverage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="93"/>
        <source>Margin call / stop out</source>
        <translation>نداء الهامش / إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="94"/>
        <source>Margin call when equity &lt;= margin call level x margin; stop out likewise (or equity &lt;= an amount with money levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="106"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="123"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="129"/>
        <source>What is near: the margin call (or, at margin call, the stop out) at its nearer price. Orange when it is closer than ten of the symbol&apos;s current spreads (ten pips without a spread): a news release or the rollover can move that far at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="160"/>
        <source>Margin call and stop-out prices</source>
        <translation>أسعار نداء الهامش وإيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="166"/>
        <source>The symbol whose price moves; all other prices stay fixed. Default: the largest notional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="171"/>
        <source>Moving</source>
        <translation>الرمز المتحرك</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="177"/>
        <source>The nearest mid prices below and above where the level is reached, the spread kept and every rule re-applied at each price; distances in pips and percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="184"/>
        <source>Margin call</source>
        <translation>نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="185"/>
        <source>Stop out</source>
        <translation>إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="188"/>
        <source>Spread widening (rollover, news)</source>
        <translation>اتساع السبريد (التبييت، الأخبار)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="197"/>
        <source>The smallest spread of the moving symbol, its mid fixed, at which the level is reached: positions close at the bid or the ask, so a wide spread alone can do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="202"/>
        <source>Spread now</source>
        <translation>السبريد الآن</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="203"/>
        <source>Margin call at</source>
        <translation>نداء الهامش عند</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="204"/>
        <source>Stop out at</source>
        <translation>إيقاف الخسارة عند</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="207"/>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="233"/>
        <source>NOT UP TO DATE: fix the marked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="237"/>
        <source>... and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="239"/>
        <source>Fix these to update the results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="251"/>
        <source>WHAT IF {symbol} were at {price}: {pips} pips from the market ({market}). Not the market: Market (or Esc on the plots) goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="266"/>
        <source> + {amount} credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="278"/>
        <source>{leverage} (tier {tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="285"/>
        <source>Picked {selected}, granted {granted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="314"/>
        <source>no open positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="321"/>
        <source>{pips} pips ({symbol})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="332"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="344"/>
        <source>Largest notional ({symbol})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="346"/>
        <source>Largest notional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="82"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="83"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="57"/>
        <source>at current bid/ask (MT4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="58"/>
        <source>at open price (MT5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="61"/>
        <source>all positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="62"/>
        <source>new positions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="65"/>
        <source>notional (account currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="66"/>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="69"/>
        <source>the whole account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="70"/>
        <source>each group (major, minor, exotic, metal…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="71"/>
        <source>each class (forex, metal, index…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="72"/>
        <source>each symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="75"/>
        <source>margined lots (after hedging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="76"/>
        <source>the larger of buys and sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="77"/>
        <source>buys and sells together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="82"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="83"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="84"/>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="85"/>
        <source>Margin priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="86"/>
        <source>Tiers apply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="87"/>
        <source>Volume counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="88"/>
        <source>Counted over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="89"/>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="90"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="345"/>
        <source>Account types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="91"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="350"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="92"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="353"/>
        <source>Equity below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="93"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="354"/>
        <source>Closed trades at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="94"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="355"/>
        <source>Closed lots at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="95"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="358"/>
        <source>Otherwise 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="122"/>
        <source>Edit broker scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="133"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="133"/>
        <source>The scheme&apos;s name, as the scheme list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="134"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="134"/>
        <source>One line on what the rules are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="137"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="138"/>
        <source>Where the numbers come from: the broker&apos;s page or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="142"/>
        <source>C&amp;hecked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="143"/>
        <source>The date you last read the source (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="146"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="152"/>
        <source>The currency the scheme&apos;s equity and notional limits are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="157"/>
        <source>Margin p&amp;riced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="161"/>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="166"/>
        <source>&amp;Equity tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="167"/>
        <source>&amp;Volume tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="168"/>
        <source>Hedging and &amp;caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="169"/>
        <source>Unlimited and &amp;levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="178"/>
        <source>&amp;Use in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="180"/>
        <source>Save as &amp;my preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="224"/>
        <source>From (equity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="224"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="242"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="289"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="295"/>
        <source>Leverage 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="227"/>
        <source>The equity at which this tier starts; the first starts at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="231"/>
        <source>The leverage the account gets at each level of equity. No rows: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="240"/>
        <source>Ladder (all, group, class or symbol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="241"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="248"/>
        <source>Rows with the same key form one ladder. &apos;all&apos; is one ladder for every position; with other ladders it is the ladder for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="252"/>
        <source>Where this tier starts, in the unit below; each ladder&apos;s first starts at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="258"/>
        <source>Leverage by the volume of open positions, applied tier by tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="277"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="277"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="282"/>
        <source>none: both sides margined; net: only the difference; larger_leg: the larger side; a number h: the share of covered lots that is margined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="289"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="295"/>
        <source>Class or symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="301"/>
        <source>Hedged positions (no rows: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="303"/>
        <source>Highest leverage per class or symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="306"/>
        <source>In a restricted market (news, weekends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="310"/>
        <source>Hedging, per class or &apos;all&apos;: none, both sides margined; net, only the difference; larger_leg, the larger side; a number h from 0 to 1, that share of the covered lots margined (0.5: half).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="316"/>
        <source>Caps: an instrument never gets more leverage than its class&apos;s or its symbol&apos;s (symbols in capitals, as XAGUSD); a symbol&apos;s entry wins over its class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="321"/>
        <source>Restricted market: the caps for positions marked restricted, or for all when the account form&apos;s Restricted market is ticked; &apos;all&apos; is one cap for every position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="335"/>
        <source>Unlimited leverage for eligible accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="346"/>
        <source>Comma-separated; empty: every type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="351"/>
        <source>Comma-separated (MT4, MT5); empty: every platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="353"/>
        <source>Unlimited only below this equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="359"/>
        <source>The leverage of an account that is not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="365"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="365"/>
        <source>Margin call %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="365"/>
        <source>Stop out %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="372"/>
        <source>Margin call and stop out by account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="427"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="433"/>
        <source>Equity tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="437"/>
        <source>Hedging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="442"/>
        <source>Caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="448"/>
        <source>Restricted market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="485"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="541"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="548"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="575"/>
        <source>{table}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="488"/>
        <source>{place}, From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="491"/>
        <source>{place}, Leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="507"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="513"/>
        <source>Volume tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="517"/>
        <source>Volume tiers ({ladder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="557"/>
        <source>Unlimited leverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="561"/>
        <source>Unlimited: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="573"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="575"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>{place}, Margin call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="582"/>
        <source>{place}, Stop out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="669"/>
        <source>equity tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="670"/>
        <source>Equity ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="677"/>
        <source>Volume, lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="679"/>
        <source>Volume, notional ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="694"/>
        <source>Save as my preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="694"/>
        <source>Name of your preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="706"/>
        <source>Cannot save the preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="33"/>
        <source>Imported statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="44"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="44"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="86"/>
        <source>{platform} statement {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="91"/>
        <source>, account {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="102"/>
        <source>{positions} open positions; {trades} closed trades ({lots} lots); {pending} pending orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="136"/>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="139"/>
        <source>fxmargin and the statement agree to the cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="142"/>
        <source>fxmargin differs from the terminal&apos;s figure by more than a cent: check the leverage, the scheme and the prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="165"/>
        <source>{symbol} is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="175"/>
        <source>The catalog symbol the broker&apos;s {symbol} stands for; or complete its instrument (class, base, quote, contract and pip size) in the scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="179"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StressPanel</name>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="30"/>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="31"/>
        <source>Equity</source>
        <translation type="unfinished">حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="32"/>
        <source>Margin</source>
        <translation type="unfinished">الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="33"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="34"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="35"/>
        <source>State</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="41"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="42"/>
        <source>MARGIN CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="43"/>
        <source>STOP OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="50"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="76"/>
        <source> pips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="79"/>
        <source>A weekend gap: every symbol opens this many of its pips against your net position in it (0: no gap row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="85"/>
        <source>Weekend gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="100"/>
        <source>Margin level: equity / margin x 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="108"/>
        <source>Each row re-prices the whole account with every rule (tiers, eligibility, conversions): each symbol alone moved; the account currency stronger or weaker against every other currency at once; each spread widened to the one that brings a margin call; a weekend gap against every position at once. In the results CSV too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="162"/>
        <source>amounts in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="166"/>
        <source>; the currency rows move {currency}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="49"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="53"/>
        <source>Position size by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="61"/>
        <location filename="../../gui/panels/tools_panel.py" line="97"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="64"/>
        <source>Stop-loss distance in pips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="65"/>
        <source>Stop (pips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="70"/>
        <source>% of equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="70"/>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="73"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="76"/>
        <source>Round-turn commission per lot, in account currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="77"/>
        <source>Commission / lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="83"/>
        <source>lots = risk / (stop pips x pip value + commission per lot), rounded down to 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="86"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="89"/>
        <source>Maximum volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="102"/>
        <source>The most lots you can open now leaving free margin &gt;= 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="104"/>
        <source>Most lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="126"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="128"/>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="130"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="132"/>
        <source>must be at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="192"/>
        <location filename="../../gui/panels/tools_panel.py" line="219"/>
        <source>needs a price for {symbol} under Market prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="200"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt; (risk {risk} {currency}, pip {pip} {currency}/lot)&lt;br&gt;margin needed {margin} {currency}, free margin after {free} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="214"/>
        <source>&lt;b&gt;no limit&lt;/b&gt;: this position needs no margin (unlimited leverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="227"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt;, margin then {margin} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
