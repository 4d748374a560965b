<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../core/analyses/curves.py" line="122"/>
        <source>volume {amount} {unit}</source>
        <translation>объём {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/curves.py" line="124"/>
        <location filename="../../core/analyses/curves.py" line="137"/>
        <source>equity {amount} {unit}</source>
        <translation>средства {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="57"/>
        <source>position in {symbol}</source>
        <translation>позиция по {symbol}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="65"/>
        <source>converts {currency} profit to {target}</source>
        <translation>пересчёт прибыли в {currency} в {target}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="76"/>
        <source>converts {currency} equity to {target} for the broker&apos;s tiers</source>
        <translation>пересчёт средств в {currency} в {target} для ступеней брокера</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="92"/>
        <source>{purpose} (with {others})</source>
        <translation>{purpose} (вместе с {others})</translation>
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
        <translation>{currency} крепче на {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="90"/>
        <source>{currency} {percent}% weaker</source>
        <translation>{currency} слабее на {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="106"/>
        <source>{symbol} spread {pips} pips</source>
        <translation>спред {symbol} {pips} пп</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="117"/>
        <source>gap {pips} pips against all</source>
        <translation>гэп {pips} пп против всех позиций</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="108"/>
        <source>a {pips}-pip rise in {symbol} to {price} ({percent})</source>
        <translation>рост {symbol} на {pips} пп до {price} ({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="110"/>
        <source>a {pips}-pip fall in {symbol} to {price} ({percent})</source>
        <translation>падение {symbol} на {pips} пп до {price} ({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="129"/>
        <source>{move} takes {scope}volume past {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move} поднимает объём {scope}выше {threshold} лотов: каждый следующий лот маржируется по {after} вместо {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="135"/>
        <source>{move} takes {scope}volume below {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move} опускает объём {scope}ниже {threshold} лотов: каждый следующий лот маржируется по {after} вместо {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="143"/>
        <source>{move} takes {scope}volume past {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move} поднимает объём {scope}выше {threshold} {unit}: каждая следующая единица номинала маржируется по {after} вместо {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="149"/>
        <source>{move} takes {scope}volume below {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move} опускает объём {scope}ниже {threshold} {unit}: каждая следующая единица номинала маржируется по {after} вместо {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="167"/>
        <source>{move} lifts equity past {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move} поднимает средства выше {threshold} {currency}: плечо {before} -&gt; {after}, маржа {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="173"/>
        <source>{move} takes equity below {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move} опускает средства ниже {threshold} {currency}: плечо {before} -&gt; {after}, маржа {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="274"/>
        <source>equity +{amount} {currency} reaches {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>средства +{amount} {currency} достигают {threshold} {scheme_currency}: плечо {before} -&gt; {after}, маржа {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="280"/>
        <source>equity -{amount} {currency} falls below {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>средства -{amount} {currency} падают ниже {threshold} {scheme_currency}: плечо {before} -&gt; {after}, маржа {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="109"/>
        <source>must read like &quot;buy 2 EURUSD&quot; or &quot;sell stop 0.5 EURUSD at 1.0800&quot;, not {text}</source>
        <translation>должно выглядеть как &quot;buy 2 EURUSD&quot; или &quot;sell stop 0.5 EURUSD at 1.0800&quot;, а не {text}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="138"/>
        <source>lots must be greater than 0 and at most {most}</source>
        <translation>лоты должны быть больше 0 и не больше {most}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="153"/>
        <source>no price for {symbol}: add it to the prices</source>
        <translation>нет цены {symbol}: добавьте её в цены</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="211"/>
        <source>account leverage {before} -&gt; {after} (equity tier {tier_before} -&gt; {tier_after})</source>
        <translation>плечо счёта {before} -&gt; {after} (ступень средств {tier_before} -&gt; {tier_after})</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="219"/>
        <source>account leverage {before} -&gt; {after}</source>
        <translation>плечо счёта {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="235"/>
        <source>the open buy of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>открытая покупка {lots} {symbol} маржируется по {now} вместо {was}: маржа {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="241"/>
        <source>the open sell of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>открытая продажа {lots} {symbol} маржируется по {now} вместо {was}: маржа {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="251"/>
        <source>the account goes from {before} to {after}</source>
        <translation>счёт переходит из состояния {before} в {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="257"/>
        <source>free margin would be {amount} {currency}: the terminal refuses an order it has no free margin for</source>
        <translation>свободная маржа будет {amount} {currency}: терминал отклоняет ордер без свободной маржи</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="268"/>
        <location filename="../../core/report.py" line="36"/>
        <source>stop out</source>
        <translation>стоп-аут</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="269"/>
        <location filename="../../core/report.py" line="36"/>
        <source>margin call</source>
        <translation>margin call</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="269"/>
        <source>ok</source>
        <translation>норма</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="43"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="125"/>
        <source>required with --x price</source>
        <translation>обязателен при --x price</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="131"/>
        <source>no price for {symbol} in the scenario (priced: {priced})</source>
        <translation>в сценарии нет цены {symbol} (есть цены: {priced})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="151"/>
        <source>unknown language {code} (languages: {codes})</source>
        <translation>неизвестный язык {code} (языки: {codes})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="180"/>
        <source>give a scenario file, or --mt5 for the running terminal</source>
        <translation>укажите файл сценария или --mt5 для запущенного терминала</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="208"/>
        <source>must be from 2 to {most}</source>
        <translation>должно быть от 2 до {most}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="212"/>
        <location filename="../../core/files/file_fields.py" line="72"/>
        <source>must be a finite number</source>
        <translation>должно быть конечным числом</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="214"/>
        <location filename="../../core/overview/what_if.py" line="160"/>
        <source>a price must be greater than 0</source>
        <translation>цена должна быть больше 0</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="216"/>
        <source>must be greater than --from</source>
        <translation>должно быть больше --from</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="229"/>
        <source>the amounts are too large to compute along this range</source>
        <translation>суммы слишком велики для расчёта на этом диапазоне</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="253"/>
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="181"/>
        <source>the amounts are too large to compute: check prices, lots and contract sizes</source>
        <translation>суммы слишком велики для расчёта: проверьте цены, лоты и размеры контрактов</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="197"/>
        <source>the account is at stop out now: the broker closes positions</source>
        <translation>счёт на стоп-ауте: брокер закрывает позиции</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="201"/>
        <source>the account is at margin call now</source>
        <translation>счёт в состоянии margin call</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="213"/>
        <source>unlimited leverage is not granted ({missing}): the account gets {leverage}</source>
        <translation>неограниченное плечо не предоставлено ({missing}): счёт получает {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="224"/>
        <source>equity of {amount} {currency} limits leverage to {leverage} (selected {selected})</source>
        <translation>средства {amount} {currency} ограничивают плечо до {leverage} (выбрано {selected})</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="237"/>
        <source>restricted market: high-margin-period caps apply</source>
        <translation>ограниченный рынок: действуют ограничения периодов повышенной маржи</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="245"/>
        <source>free margin is {amount} {currency}: no new positions</source>
        <translation>свободная маржа {amount} {currency}: новые позиции открыть нельзя</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="277"/>
        <source>{count} more orders fill further below</source>
        <translation>ещё {count} ордеров исполняются ниже</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="279"/>
        <source>{count} more orders fill further above</source>
        <translation>ещё {count} ордеров исполняются выше</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="41"/>
        <source>must be an object, not {value}</source>
        <translation>должно быть объектом, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="49"/>
        <source>unknown field (allowed: {fields})</source>
        <translation>неизвестное поле (допустимы: {fields})</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="54"/>
        <source>required field is missing</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="69"/>
        <source>must be a number, not {value}</source>
        <translation>должно быть числом, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="75"/>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="79"/>
        <source>must be greater than {limit}</source>
        <translation>должно быть больше {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="83"/>
        <source>must be at least {limit}</source>
        <translation>должно быть не меньше {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="87"/>
        <source>must be at most {limit} in size</source>
        <translation>по модулю должно быть не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="95"/>
        <source>must be a string, not {value}</source>
        <translation>должно быть строкой, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="103"/>
        <source>must be one of {choices}, not {value}</source>
        <translation>должно быть одним из {choices}, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="117"/>
        <source>must be a three-letter currency code such as USD, not {value}</source>
        <translation>должно быть трёхбуквенным кодом валюты, например USD, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="126"/>
        <source>must be true or false, not {value}</source>
        <translation>должно быть true или false, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="138"/>
        <source>must be a number greater than 0 or &quot;unlimited&quot;, not {value}</source>
        <translation>должно быть числом больше 0 или &quot;unlimited&quot;, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="147"/>
        <source>must be a list of strings, not {value}</source>
        <translation>должно быть списком строк, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="156"/>
        <source>a string (&quot;{text}&quot;)</source>
        <translation>строка (&quot;{text}&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="170"/>
        <source>the number {number}</source>
        <translation>число {number}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="172"/>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="173"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="51"/>
        <source>this scenario names a shipped preset; there is no scheme in it to import</source>
        <translation>этот сценарий ссылается на встроенный пресет; схемы для импорта в нём нет</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="120"/>
        <source>a preset needs a name</source>
        <translation>у пресета должно быть имя</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="32"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="41"/>
        <source>not valid JSON: {error} at line {line} column {column}</source>
        <translation>неверный JSON: {error} в строке {line}, столбце {column}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="51"/>
        <source>not valid JSON: {error}</source>
        <translation>неверный JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="61"/>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="63"/>
        <source>is a directory, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="66"/>
        <source>cannot be read: {error}</source>
        <translation>не читается: {error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="80"/>
        <source>is not a text (UTF-8) file</source>
        <translation>это не текстовый файл (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="66"/>
        <source>a scenario must be a JSON object, not {value}</source>
        <translation>сценарий должен быть объектом JSON, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="73"/>
        <source>must be &quot;{format}&quot;</source>
        <translation>должно быть &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="80"/>
        <location filename="../../gui/scenario_controller.py" line="91"/>
        <source>this file is version {version}, written by a newer fxmargin; this fxmargin reads version {supported}</source>
        <translation>файл версии {version} записан более новым fxmargin; этот fxmargin читает версию {supported}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="390"/>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation>неизвестный пресет {name} (пресеты: {presets})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="105"/>
        <source>must be an object of facts about where the file came from</source>
        <translation>должно быть объектом со сведениями о происхождении файла</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="139"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="157"/>
        <source>required when levels_in is &quot;money&quot; (an amount of equity)</source>
        <translation>обязательно, когда levels_in = &quot;money&quot; (сумма средств)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="164"/>
        <source>must not be above margin_call_level</source>
        <translation>не должно быть выше margin_call_level</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="174"/>
        <source>must be an object mapping symbols to instrument definitions</source>
        <translation>должно быть объектом, сопоставляющим символы и описания инструментов</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="201"/>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="219"/>
        <source>must be an object mapping symbols to prices</source>
        <translation>должно быть объектом, сопоставляющим символы и цены</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="248"/>
        <source>must be at least the bid ({bid})</source>
        <translation>должно быть не меньше бида ({bid})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="258"/>
        <source>must be an array of positions</source>
        <translation>должно быть массивом позиций</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="336"/>
        <source>must be an array of pending orders</source>
        <translation>должен быть массивом отложенных ордеров</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="365"/>
        <source>a stop-limit order needs its stop price (the trigger)</source>
        <translation>стоп-лимитному ордеру нужна стоп-цена (цена срабатывания)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="368"/>
        <source>only stop-limit orders have a stop</source>
        <translation>стоп есть только у стоп-лимитных ордеров</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="26"/>
        <source>unknown symbol {symbol} (did you mean {close}?)</source>
        <translation>неизвестный символ {symbol} (может быть, {close}?)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="28"/>
        <source>unknown symbol {symbol}; define it under &quot;instruments&quot;</source>
        <translation>неизвестный символ {symbol}; опишите его в &quot;instruments&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="16"/>
        <source>no price for {symbol} under &quot;prices&quot;</source>
        <translation>нет цены {symbol} в &quot;prices&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="62"/>
        <source>{error} (the scheme counts tiers in {currency})</source>
        <translation>{error} (схема считает ступени в {currency})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="78"/>
        <source>stop out ({stop}%) must not be above margin call ({call}%)</source>
        <translation>стоп-аут ({stop}%) не должен быть выше margin call ({call}%)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="100"/>
        <source>the {type} {lots} {symbol} at {price} is already reached by the {side} {market}: the terminal would have filled it</source>
        <translation>{type} {lots} {symbol} по {price} уже достигнут ценой {side} {market}: терминал исполнил бы его</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="139"/>
        <source>the positions counted together in {scope} take different volume_tiers ladders ({taken}): choose a finer volume_scope</source>
        <translation>позиции, считаемые вместе в {scope}, берут разные лестницы volume_tiers ({taken}): выберите более узкий volume_scope</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="65"/>
        <source>must be a list of tiers such as [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</source>
        <translation>должно быть списком ступеней, например [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="84"/>
        <source>the first tier must start at 0</source>
        <translation>первая ступень должна начинаться с 0</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="87"/>
        <source>tiers must strictly increase</source>
        <translation>ступени должны строго возрастать</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="168"/>
        <source>must be between 0 and 1 (the share of hedged volume margined)</source>
        <translation>должно быть от 0 до 1 (доля хеджированного объёма, которая маржируется)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="175"/>
        <source>must be one of {modes}, a share between 0 and 1, or a map of classes to those, not {value}</source>
        <translation>должно быть одним из {modes}, долей от 0 до 1 или картой классов к этим значениям, а не {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="195"/>
        <location filename="../../core/files/scheme_file.py" line="225"/>
        <source>unknown instrument class (one of {classes})</source>
        <translation>неизвестный класс инструментов (один из {classes})</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="212"/>
        <source>must be an object mapping instrument classes to leverage</source>
        <translation>должно быть объектом, сопоставляющим классы инструментов и плечо</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="220"/>
        <source>unknown instrument class (one of {classes}) or symbol (upper case, as XAGUSD)</source>
        <translation>неизвестный класс инструментов (один из {classes}) или символ (заглавными, как XAGUSD)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="271"/>
        <source>must be an object mapping account types to {{margin_call, stop_out}}</source>
        <translation>должно быть объектом, сопоставляющим типы счетов и {{margin_call, stop_out}}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="380"/>
        <source>an example of this kind of rule, not a broker&apos;s own table</source>
        <translation>пример правила такого рода, а не таблица брокера</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="382"/>
        <source>kept for files made with it; for this broker pick {preset}</source>
        <translation>сохранён для файлов, созданных с ним; для этого брокера выберите {preset}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="116"/>
        <source>one of {choices}</source>
        <translation>одно из: {choices}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="24"/>
        <source>switch to a {choice} account</source>
        <translation>перейдите на счёт {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="25"/>
        <source>switch to one of these accounts: {choice}</source>
        <translation>перейдите на один из счетов: {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="28"/>
        <source>open the account on {choice}</source>
        <translation>откройте счёт на {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="29"/>
        <source>open the account on one of: {choice}</source>
        <translation>откройте счёт на одной из платформ: {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="71"/>
        <source>below {amount} {currency}</source>
        <translation>ниже {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="77"/>
        <source>equity must be below the limit, not at it</source>
        <translation>средства должны быть ниже предела, а не равны ему</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="80"/>
        <source>equity {amount} {currency} over the limit</source>
        <translation>средства на {amount} {currency} выше предела</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="127"/>
        <source>at least {count}</source>
        <translation>не менее {count}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="130"/>
        <source>1 more closed trade</source>
        <translation>ещё 1 закрытая сделка</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="132"/>
        <source>{count} more closed trades</source>
        <translation>ещё {count} закрытых сделок</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="143"/>
        <source>at least {lots} lots</source>
        <translation>не менее {lots} лотов</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="144"/>
        <source>{lots} more closed lots</source>
        <translation>ещё {lots} закрытых лотов</translation>
    </message>
    <message>
        <location filename="../../core/model/conversion.py" line="56"/>
        <source>no price converts {source} to {target}; add a price for {pair}</source>
        <translation>нет цены для пересчёта {source} в {target}; добавьте цену {pair}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="32"/>
        <source>at the current price</source>
        <translation>по текущей цене</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="33"/>
        <source>at the open price</source>
        <translation>по цене открытия</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="38"/>
        <source>below</source>
        <translation>ниже</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="39"/>
        <source>above</source>
        <translation>выше</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="40"/>
        <source>buy</source>
        <translation>покупка</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="41"/>
        <source>sell</source>
        <translation>продажа</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="78"/>
        <source>none up to {pips} pips</source>
        <translation>нет до {pips} пп</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="80"/>
        <location filename="../../core/report.py" line="223"/>
        <location filename="../../core/report.py" line="475"/>
        <source>reached now</source>
        <translation>уже достигнут</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="81"/>
        <source>{pips} pips</source>
        <translation>{pips} пп</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="191"/>
        <source>never: only the analysed symbol&apos;s price moves</source>
        <translation>никогда: движется только цена анализируемого символа</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="193"/>
        <source>{pips} pips {side} ({price})</source>
        <translation>{pips} пп. {side} ({price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="204"/>
        <location filename="../../core/report.py" line="477"/>
        <location filename="../../core/report.py" line="488"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="206"/>
        <source>{pips} pips {side} ({price}, {percent}), equity {change} {currency}</source>
        <translation>{pips} пп {side} ({price}, {percent}), средства {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="228"/>
        <source>none below</source>
        <translation>ниже нет</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="230"/>
        <source>none above</source>
        <translation>выше нет</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="241"/>
        <source>STOP OUT</source>
        <translation>СТОП-АУТ</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="245"/>
        <location filename="../../core/report.py" line="246"/>
        <source>MARGIN CALL</source>
        <translation>MARGIN CALL</translation>
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
        <translation>НОРМА</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="252"/>
        <source>NEAR</source>
        <translation>БЛИЗКО</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="266"/>
        <source>{pips} pips away (a fall to {price})</source>
        <translation>в {pips} пп (падение до {price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="268"/>
        <source>{pips} pips away (a rise to {price})</source>
        <translation>в {pips} пп (рост до {price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="270"/>
        <source>{level} {away}</source>
        <translation>{level} {away}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="275"/>
        <source>none (no margin)</source>
        <translation>нет (маржи нет)</translation>
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
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="35"/>
        <location filename="../../core/overview/printed.py" line="13"/>
        <location filename="../../core/report.py" line="292"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="36"/>
        <location filename="../../core/report.py" line="294"/>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="17"/>
        <location filename="../../core/report.py" line="295"/>
        <source>Floating P/L</source>
        <translation>Плавающая прибыль</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="14"/>
        <location filename="../../core/report.py" line="296"/>
        <source>Equity</source>
        <translation>Средства</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="15"/>
        <location filename="../../core/report.py" line="297"/>
        <location filename="../../core/report.py" line="328"/>
        <location filename="../../core/report.py" line="549"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="16"/>
        <location filename="../../core/report.py" line="298"/>
        <location filename="../../core/report.py" line="550"/>
        <source>Free margin</source>
        <translation>Свободная маржа</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="299"/>
        <location filename="../../core/report.py" line="551"/>
        <source>Margin level</source>
        <translation>Уровень маржи</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="41"/>
        <location filename="../../core/report.py" line="309"/>
        <location filename="../../core/report.py" line="329"/>
        <location filename="../../core/report.py" line="552"/>
        <source>Leverage</source>
        <translation>Кредитное плечо</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="301"/>
        <source>{effective} (selected {selected}, granted {granted})</source>
        <translation>{effective} (выбрано {selected}, предоставлено {granted})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="308"/>
        <source>{leverage}; {charged}</source>
        <translation>{leverage}; {charged}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="310"/>
        <source>Margin basis</source>
        <translation>Цена расчёта маржи</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="312"/>
        <source>Margin call / stop out</source>
        <translation>Margin call / стоп-аут</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="315"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="319"/>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="34"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="37"/>
        <source>Account type</source>
        <translation>Тип счёта</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="38"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="39"/>
        <source>Closed trades</source>
        <translation>Закрытые сделки</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="40"/>
        <source>Closed lots</source>
        <translation>Закрытые лоты</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="53"/>
        <source>Levels in</source>
        <translation>Уровни в</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="56"/>
        <location filename="../../core/report.py" line="323"/>
        <location filename="../../core/report.py" line="358"/>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="57"/>
        <location filename="../../core/report.py" line="324"/>
        <source>Side</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="58"/>
        <location filename="../../core/report.py" line="325"/>
        <location filename="../../core/report.py" line="359"/>
        <source>Lots</source>
        <translation>Лоты</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="59"/>
        <source>Open</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="60"/>
        <source>Swap</source>
        <translation>Своп</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="61"/>
        <source>Comm.</source>
        <translation>Комис.</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="66"/>
        <source>Opened at leverage</source>
        <translation>Плечо при открытии</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="69"/>
        <source>Restr.</source>
        <translation>Огр.</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="326"/>
        <source>Notional</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="327"/>
        <source>P/L</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="352"/>
        <source>Pending orders (margin now counts none; each fills as the price moves)</source>
        <translation>Отложенные ордера (текущая маржа не учитывает ни одного; каждый исполняется, когда цена до него дойдёт)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="357"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="360"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="361"/>
        <source>Margin after</source>
        <translation>Маржа после</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="362"/>
        <source>Fills at</source>
        <translation>Исполнится при</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="390"/>
        <source>Price levels of {symbol} (mid; all other prices and the spread fixed)</source>
        <translation>Уровни цены {symbol} (средняя цена; остальные цены и спред неизменны)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="395"/>
        <source>Price levels of {symbol} (mid; all other prices fixed)</source>
        <translation>Уровни цены {symbol} (средняя цена; остальные цены неизменны)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="46"/>
        <location filename="../../core/report.py" line="400"/>
        <location filename="../../core/report.py" line="553"/>
        <source>Margin call</source>
        <translation>Margin call</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="51"/>
        <location filename="../../core/report.py" line="401"/>
        <location filename="../../core/report.py" line="554"/>
        <source>Stop out</source>
        <translation>Стоп-аут</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="410"/>
        <source>Spread of {symbol} (mid fixed; now {pips} pips)</source>
        <translation>Спред {symbol} (средняя цена неизменна; сейчас {pips} пп)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="417"/>
        <source>Margin call at</source>
        <translation>Margin call при</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="418"/>
        <source>Stop out at</source>
        <translation>Стоп-аут при</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="426"/>
        <source>Unlimited leverage: eligible</source>
        <translation>Неограниченное плечо: доступно</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="428"/>
        <source>Unlimited leverage: not eligible</source>
        <translation>Неограниченное плечо: недоступно</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="439"/>
        <source>required {requirement}</source>
        <translation>требуется {requirement}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="444"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="480"/>
        <source>{price} ({pips} pips {side})</source>
        <translation>{price} ({pips} пп {side})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="498"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage} (ступень {tier})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="528"/>
        <source>It never fills in the searched range of prices.</source>
        <translation>Не исполняется в исследуемом диапазоне цен.</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="530"/>
        <source>It fills {where}: margin {before} -&gt; {after} {currency}</source>
        <translation>Исполнится {where}: маржа {before} -&gt; {after} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="542"/>
        <source>REFUSED: free margin after would be {amount} {currency}</source>
        <translation>ОТКЛОНЁН: свободная маржа после составила бы {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="568"/>
        <source>What if: {orders} (a pending order opens when the price reaches it)</source>
        <translation>Что если: {orders} (отложенный ордер открывается, когда цена до него доходит)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="572"/>
        <source>What if: {orders} (at the ask or the bid now)</source>
        <translation>Что если: {orders} (по текущим аск или бид)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="585"/>
        <source>   (level prices of {symbol})</source>
        <translation>   (уровни цены {symbol})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="592"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="595"/>
        <source>After the orders</source>
        <translation>После ордеров</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="136"/>
        <source>the statement prints no balance</source>
        <translation>в отчёте нет баланса</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="215"/>
        <source>leverage {leverage} as given</source>
        <translation>плечо {leverage}, как задано</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="219"/>
        <source>leverage {leverage} as the statement shows</source>
        <translation>плечо {leverage}, как в отчёте</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="196"/>
        <location filename="../../core/statements/mt4.py" line="124"/>
        <source>the statement does not show the leverage</source>
        <translation>в отчёте не указано плечо</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="197"/>
        <location filename="../../core/statements/mt5.py" line="100"/>
        <source>MetaTrader 5 reports do not show the leverage</source>
        <translation>отчёты MetaTrader 5 не показывают плечо</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="235"/>
        <source>the statement does not show its currency: USD assumed</source>
        <translation>в отчёте не указана валюта: принят USD</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="182"/>
        <source>no price for {symbol} in the statement ({reason}): add it</source>
        <translation>в отчёте нет цены {symbol} ({reason}): добавьте её</translation>
    </message>
    <message>
        <location filename="../../core/statements/file_kind.py" line="34"/>
        <source>neither an fxmargin scenario (JSON) nor a MetaTrader statement (HTML or XLSX)</source>
        <translation>ни сценарий fxmargin (JSON), ни отчёт MetaTrader (HTML или XLSX)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="184"/>
        <source>the profits of {count} positions ({symbols}) come out a {unit} off the printed ones: the terminal converted them at another rate than the middle of the prices the statement prints</source>
        <translation>прибыль {count} позиций ({symbols}) расходится с напечатанной на {unit}: терминал пересчитал её по другому курсу, а не по середине цен, которые печатает отчёт</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="188"/>
        <source>the file does not print {pair}, and the broker&apos;s margin of {symbols} goes through it: the printed margin needs {pair} {needed}, where the statement&apos;s own prices give {now}</source>
        <translation>файл не печатает {pair}, а маржа брокера по {symbols} идёт через него: для напечатанной маржи нужен {pair} {needed}, а собственные цены отчёта дают {now}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="347"/>
        <source>the statement prints one side of the price of {symbols} (the bid on a buy, the ask on a sell): their spread is not in it</source>
        <translation>отчёт печатает одну сторону цены {symbols} (Bid у покупки, Ask у продажи): спреда в нём нет</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="418"/>
        <source>{pair} {price} implied by the printed profits of {count} positions in {quote} ({symbols}), to within {share}</source>
        <translation>{pair} {price} выведен из напечатанной прибыли {count} позиций в {quote} ({symbols}), с точностью до {share}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="461"/>
        <source>the {type} {lots} {symbol} at {price} is left out: the statement&apos;s price already reaches it</source>
        <translation>{type} {lots} {symbol} по {price} не включён: цена отчёта уже его достигла</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="494"/>
        <source>leverage not in the file and no margin to match: 1:100 assumed; set the leverage (--leverage on the command line)</source>
        <translation>плеча в файле нет и нет маржи для сверки: принято 1:100; задайте плечо (--leverage в командной строке)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="533"/>
        <source>the margin cannot be computed without the missing prices, so no rule was searched for: {leverage} used; set the leverage (--leverage on the command line)</source>
        <translation>без недостающих цен маржу не посчитать, поэтому правило не искалось: используется {leverage}; задайте плечо (--leverage в командной строке)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="583"/>
        <source>{leverage} with the {preset} preset</source>
        <translation>{leverage} с пресетом {preset}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="630"/>
        <source>the statement&apos;s free margin is the balance less the margin: the broker leaves the floating P/L out of free margin (a server setting). fxmargin&apos;s free margin includes it; margin level, margin call and stop out do in both</source>
        <translation>свободная маржа в отчёте — это баланс минус маржа: брокер не учитывает плавающую прибыль/убыток в свободной марже (настройка сервера). Свободная маржа fxmargin её учитывает; уровень маржи, margin call и stop out учитывают её в обоих</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="63"/>
        <source>summary (balance, equity)</source>
        <translation>сводка (баланс, средства)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="84"/>
        <source>row {row}: trade type {kind} skipped</source>
        <translation>строка {row}: тип сделки {kind} пропущен</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="90"/>
        <source>row {row}: a {kind} row with too few cells, skipped</source>
        <translation>строка {row}: строка {kind} со слишком малым числом ячеек пропущена</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="105"/>
        <source>size {text} is not a number</source>
        <translation>объём {text} не является числом</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="117"/>
        <source>{count} broker archive rows (item &apos;profit&apos;) not counted as trades</source>
        <translation>{count} архивных строк брокера (item &apos;profit&apos;) не считаются сделками</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="172"/>
        <location filename="../../core/statements/mt5.py" line="166"/>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} не является числом</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="70"/>
        <source>account block (balance, equity)</source>
        <translation>блок счёта (баланс, средства)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="152"/>
        <source>row {row}: order type {kind} skipped</source>
        <translation>строка {row}: тип ордера {kind} пропущен</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="88"/>
        <source>not a MetaTrader statement</source>
        <translation>это не отчёт MetaTrader</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="97"/>
        <source>the {block} is missing: the file looks cut short</source>
        <translation>нет раздела «{block}»: файл, похоже, обрезан</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="109"/>
        <source>symbol {symbol} is not in the catalog: complete its instrument</source>
        <translation>символа {symbol} нет в каталоге: дополните описание инструмента</translation>
    </message>
    <message>
        <location filename="../../core/statements/xlsx_rows.py" line="44"/>
        <source>not a readable XLSX workbook ({error})</source>
        <translation>не читаемая книга XLSX ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="70"/>
        <source>a scenario must be a JSON object</source>
        <translation>сценарий должен быть объектом JSON</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <location filename="../../gui/scenario_controller.py" line="84"/>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="555"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="589"/>
        <source>appears in two rows</source>
        <translation>встречается в двух строках</translation>
    </message>
    <message>
        <location filename="../../core/formatting.py" line="9"/>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="322"/>
        <source>hedged lots margined in full</source>
        <translation>локированные лоты с полной маржой</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="323"/>
        <source>hedged lots not margined (net)</source>
        <translation>локированные лоты без маржи (нетто)</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="324"/>
        <source>hedges margined on their larger leg</source>
        <translation>локи с маржой по большей стороне</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="325"/>
        <source>hedged lots at 50%</source>
        <translation>локированные лоты по 50%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="326"/>
        <source>hedged lots at 25%</source>
        <translation>локированные лоты по 25%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="338"/>
        <source>{symbol} margined {times} times</source>
        <translation>маржа {symbol} в {times} раза больше</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="346"/>
        <source>{group} at {leverage}</source>
        <translation>{group} с плечом {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="352"/>
        <source>margin at the open price</source>
        <translation>маржа по цене открытия</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="354"/>
        <source>margin at the current price</source>
        <translation>маржа по текущей цене</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="358"/>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="53"/>
        <source>several rules reproduce the printed margin {margin}, so the rule is not determined: {rules}. The closest account-wide rule, {rule}, is used: it gives {computed}</source>
        <translation>напечатанную маржу {margin} дают несколько правил, поэтому правило не определено: {rules}. Используется ближайшее правило для всего счёта, {rule}: оно даёт {computed}</translation>
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
        <translation>ни одно проверенное правило не даёт напечатанную маржу {margin}: ближайшее, {rule}, даёт {computed} (разница {difference})</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="363"/>
        <source>{rule} reproduces the printed margin {margin}</source>
        <translation>{rule} даёт напечатанную маржу {margin}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="400"/>
        <source>the statement fits other rules as well: {rules}</source>
        <translation>отчёт подходит и к другим правилам: {rules}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="22"/>
        <source>Not reproduced: margin {computed}, statement {printed} {currency}: {reason}</source>
        <translation>Не воспроизведено: маржа {computed}, в отчёте {printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="25"/>
        <source>Not reproduced: equity {computed}, statement {printed} {currency}: {reason}</source>
        <translation>Не воспроизведено: эквити {computed}, в отчёте {printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="60"/>
        <source>open positions not read</source>
        <translation>открытые позиции не прочитаны</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="62"/>
        <source>the scenario cannot be computed</source>
        <translation>сценарий нельзя рассчитать</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="66"/>
        <source>Not reproduced: fxmargin cannot compute the margin ({reason}); the statement prints {printed} {currency}</source>
        <translation>Не воспроизведено: fxmargin не может рассчитать маржу ({reason}); отчёт печатает {printed} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="78"/>
        <source>Reproduced: margin and equity as the statement prints them ({printed} and {equity} {currency})</source>
        <translation>Воспроизведено: маржа и эквити как в отчёте ({printed} и {equity} {currency})</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="89"/>
        <source>Reproduced within what the statement&apos;s prices leave uncertain: margin {computed}, statement {printed} {currency} (see the notes)</source>
        <translation>Воспроизведено в пределах неопределённости цен отчёта: маржа {computed}, в отчёте {printed} {currency} (см. примечания)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="98"/>
        <source>some positions&apos; profits differ from the printed ones (see the notes)</source>
        <translation>прибыль некоторых позиций отличается от напечатанной (см. примечания)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="100"/>
        <source>the prices differ from the statement&apos;s</source>
        <translation>цены отличаются от цен отчёта</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="121"/>
        <location filename="../../core/statements/reproduction.py" line="131"/>
        <source>the leverage, the scheme or the prices differ from the broker&apos;s</source>
        <translation>плечо, схема или цены отличаются от брокерских</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="123"/>
        <source>the scenario changed since the import: find the broker&apos;s rule again</source>
        <translation>сценарий изменился после импорта: найдите правило брокера снова</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="126"/>
        <source>the file does not print the broker&apos;s {pair}</source>
        <translation>файл не печатает {pair} брокера</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="128"/>
        <source>several rules fit, so the broker&apos;s rule is not determined</source>
        <translation>подходят несколько правил, поэтому правило брокера не определено</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="130"/>
        <source>no rule tried reproduces it</source>
        <translation>ни одно проверенное правило не воспроизводит её</translation>
    </message>
    <message>
        <location filename="../../core/result.py" line="108"/>
        <source>charged {charged} on average</source>
        <translation>в среднем взимается {charged}</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="72"/>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="80"/>
        <source>{symbol} is not a symbol fxmargin knows</source>
        <translation>{symbol} — неизвестный fxmargin символ</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="84"/>
        <source>needs a price after the symbol</source>
        <translation>после символа нужна цена</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="89"/>
        <source>the ask is not a price</source>
        <translation>ask — не цена</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="92"/>
        <source>the ask is below the bid</source>
        <translation>ask ниже bid</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="94"/>
        <source>{call} failed: {words} (terminal error {code})</source>
        <translation>{call} не удалось: {words} (ошибка терминала {code})</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="347"/>
        <source>the MetaTrader5 package is not installed: the live link works on Windows, with pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>пакет MetaTrader5 не установлен: живая связь работает в Windows, через pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="360"/>
        <source>no terminal answers: {words} (terminal error {code}); start MetaTrader 5 and log in to your account</source>
        <translation>терминал не отвечает: {words} (ошибка терминала {code}); запустите MetaTrader 5 и войдите в счёт</translation>
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
        <translation>buy limit {lots} {symbol} по {price} исполнится на {pips} пп. ниже: маржа {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="115"/>
        <source>the sell stop {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>sell stop {lots} {symbol} по {price} исполнится на {pips} пп. ниже: маржа {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="120"/>
        <source>the sell stop limit {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>sell stop limit {lots} {symbol} по {price} исполнится на {pips} пп. ниже: маржа {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="125"/>
        <source>the sell limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>sell limit {lots} {symbol} по {price} исполнится на {pips} пп. выше: маржа {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="130"/>
        <source>the buy stop {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>buy stop {lots} {symbol} по {price} исполнится на {pips} пп. выше: маржа {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="135"/>
        <source>the buy stop limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>buy stop limit {lots} {symbol} по {price} исполнится на {pips} пп. выше: маржа {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="177"/>
        <source>{type} {lots} at {price}</source>
        <translation>{type} {lots} по {price}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about_dialog.py" line="35"/>
        <source>The list of bundled libraries and their licences is missing from this copy.</source>
        <translation>В этой копии нет списка включённых библиотек и их лицензий.</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="44"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({key}), checked {date}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({key}), проверено {date}</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="50"/>
        <source>Brokers change their terms: check yours. Each preset&apos;s numbers were read in the source below on the date given.</source>
        <translation>Брокеры меняют условия: проверьте свои. Числа каждого пресета взяты из источника ниже на указанную дату.</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="61"/>
        <source>About fxmargin</source>
        <translation>О программе fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="63"/>
        <source>Margin, free margin, margin level, and the prices where margin call and stop out come, for accounts with floating leverage. Offline: nothing is sent anywhere.</source>
        <translation>Маржа, свободная маржа, уровень маржи и цены, при которых наступают margin call и стоп-аут, для счетов с плавающим плечом. Без сети: ничего никуда не отправляется.</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="67"/>
        <source>MIT licence. Qt and PySide6 under the GNU LGPL 3.0, other libraries under their own licences (Licences tab).</source>
        <translation>Лицензия MIT. Qt и PySide6 под GNU LGPL 3.0, остальные библиотеки под своими лицензиями (вкладка «Лицензии»).</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="80"/>
        <source>Where the preset numbers come from</source>
        <translation>Откуда числа пресетов</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="81"/>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="83"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="68"/>
        <source>Broker and account</source>
        <translation>Брокер и счёт</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="89"/>
        <source>Broker &amp;scheme</source>
        <translation>&amp;Схема брокера</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="99"/>
        <source>Account type; unlimited leverage and the broker&apos;s levels depend on it.</source>
        <translation>Тип счёта; от него зависят неограниченное плечо и уровни брокера.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="101"/>
        <source>Account &amp;type</source>
        <translation>&amp;Тип счёта</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="105"/>
        <source>Trading platform; Exness grants unlimited leverage on MT4 only.</source>
        <translation>Торговая платформа; Exness даёт неограниченное плечо только на MT4.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="107"/>
        <source>&amp;Platform</source>
        <translation>&amp;Платформа</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="118"/>
        <source>Account currency: balance, equity and margin are in it. USC = US cents.</source>
        <translation>Валюта счёта: в ней баланс, средства и маржа. USC = центы США.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="120"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="122"/>
        <source>Balance: deposits plus closed profit.</source>
        <translation>Баланс: депозиты плюс закрытая прибыль.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="124"/>
        <source>&amp;Balance</source>
        <translation>&amp;Баланс</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="126"/>
        <source>Credit (bonus) the broker adds to equity.</source>
        <translation>Кредит (бонус), который брокер добавляет к средствам.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="128"/>
        <source>C&amp;redit</source>
        <translation>К&amp;редит</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="133"/>
        <source>The leverage you picked (1:500 or Unlimited). The broker&apos;s rules may grant less.</source>
        <translation>Выбранное вами плечо (1:500 или Без ограничений). Правила брокера могут дать меньше.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="138"/>
        <source>&amp;Leverage 1:</source>
        <translation>&amp;Плечо 1:</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="142"/>
        <source>Closed trades so far (pending orders do not count).</source>
        <translation>Закрытые сделки на сегодня (отложенные ордера не считаются).</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="145"/>
        <source>Lots of closed trades so far.</source>
        <translation>Лоты закрытых сделок на сегодня.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="148"/>
        <source>lots</source>
        <translation>лотов</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="150"/>
        <source>Closed trades</source>
        <translation>Закрытые сделки</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="156"/>
        <source>Margin call level; empty: the broker&apos;s for this account type.</source>
        <translation>Уровень margin call; пусто: уровень брокера для этого типа счёта.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="160"/>
        <source>Stop-out level; empty: the broker&apos;s for this account type.</source>
        <translation>Уровень стоп-аута; пусто: уровень брокера для этого типа счёта.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="165"/>
        <source>Levels in percent of margin, or as amounts of equity.</source>
        <translation>Уровни в процентах от маржи или как суммы средств.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="172"/>
        <source>percent</source>
        <translation>процент</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="173"/>
        <source>money</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="178"/>
        <source>Margin call</source>
        <translation>Margin call</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="179"/>
        <source>Stop out</source>
        <translation>Стоп-аут</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="181"/>
        <source>Restricted market</source>
        <translation>Ограниченный рынок</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="184"/>
        <source>The broker&apos;s caps in volatile periods (Exness: forex and gold 1:200, silver 1:100, oil 1:20).</source>
        <translation>Ограничения брокера в волатильные периоды (Exness: форекс и золото 1:200, серебро 1:100, нефть 1:20).</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="248"/>
        <source>Older presets and examples:</source>
        <translation>Старые пресеты и примеры:</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="263"/>
        <source>{name} — my preset</source>
        <translation>{name} — мой пресет</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="331"/>
        <source>Custom</source>
        <translation>Своя</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="337"/>
        <source>{name} (in this file)</source>
        <translation>{name} (в этом файле)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="350"/>
        <source>{description}

Source: {source}</source>
        <translation>{description}

Источник: {source}</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="356"/>
        <source>A scheme defined in this file.</source>
        <translation>Схема, заданная в этом файле.</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="17"/>
        <source>Account type</source>
        <translation>Тип счёта</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="18"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="19"/>
        <source>Equity</source>
        <translation>Средства</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="20"/>
        <source>Closed trades</source>
        <translation>Закрытые сделки</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="21"/>
        <source>Closed lots</source>
        <translation>Закрытые лоты</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="27"/>
        <source>Unlimited leverage checklist</source>
        <translation>Условия неограниченного плеча</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="66"/>
        <source>This scheme has no conditions for unlimited leverage.</source>
        <translation>В этой схеме нет условий неограниченного плеча.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="68"/>
        <source>&lt;b&gt;Eligible&lt;/b&gt; for unlimited leverage.</source>
        <translation>&lt;b&gt;Доступно&lt;/b&gt; неограниченное плечо.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="70"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;: picking Unlimited gives {leverage}.</source>
        <translation>&lt;b&gt;Недоступно&lt;/b&gt;: выбор «Без ограничений» даёт {leverage}.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="75"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; for unlimited leverage (you picked a fixed leverage).</source>
        <translation>&lt;b&gt;Недоступно&lt;/b&gt; неограниченное плечо (выбрано фиксированное плечо).</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../gui/error_reporting.py" line="38"/>
        <source>(the log could not be written: {error})</source>
        <translation>(журнал записать не удалось: {error})</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="44"/>
        <source>fxmargin: unexpected error</source>
        <translation>fxmargin: непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="45"/>
        <source>Something went wrong: {kind}: {error}

Your work is kept; the last good results stay on screen.
Details: {where}</source>
        <translation>Что-то пошло не так: {kind}: {error}

Ваша работа сохранена; последние верные результаты остаются на экране.
Подробности: {where}</translation>
    </message>
</context>
<context>
    <name>Leverage</name>
    <message>
        <location filename="../../gui/common/number_text.py" line="16"/>
        <source>Unlimited</source>
        <translation>Без ограничений</translation>
    </message>
</context>
<context>
    <name>LeverageChart</name>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="36"/>
        <source>Leverage 1:</source>
        <translation>Плечо 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="66"/>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <location filename="../../gui/live_link.py" line="23"/>
        <source>Needs MetaQuotes&apos; MetaTrader5 package, which runs on Windows: pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>Нужен пакет MetaTrader5 от MetaQuotes, он работает в Windows: pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="72"/>
        <source>the terminal&apos;s answer could not be read: {error}</source>
        <translation>не удалось прочитать ответ терминала: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="110"/>
        <source>MetaTrader 5: connecting…</source>
        <translation>MetaTrader 5: подключение…</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="122"/>
        <source>MetaTrader 5: disconnected</source>
        <translation>MetaTrader 5: отключено</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="129"/>
        <source>MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>MetaTrader 5: {server}, счёт {account}, прочитано в {time}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="139"/>
        <source>MetaTrader 5: {reason}</source>
        <translation>MetaTrader 5: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="142"/>
        <source>MetaTrader 5: {reason}; showing the reading of {time}</source>
        <translation>MetaTrader 5: {reason}; показано чтение в {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>fxmargin scenarios (*.json);;MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>Сценарии fxmargin (*.json);;Отчёты MetaTrader (*.htm *.html *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79"/>
        <source>MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>Отчёты MetaTrader (*.htm *.html *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>Plots</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>Stress tests</source>
        <translation>Стресс-тесты</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>Heat map</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Positions ({count})</source>
        <translation>Позиции ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>Pending orders ({count})</source>
        <translation>Отложенные ордера ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>&amp;Import statement…</source>
        <translation>&amp;Импорт отчёта…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Open the &amp;example</source>
        <translation>Открыть &amp;пример</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>&amp;Recent files</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>&amp;Экспорт результатов (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>&amp;Connect to MetaTrader 5</source>
        <translation>&amp;Подключиться к MetaTrader 5</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>&amp;Disconnect from MetaTrader 5</source>
        <translation>&amp;Отключиться от MetaTrader 5</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
        <source>&amp;Copy results</source>
        <translation>&amp;Копировать результаты</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Every figure of the results, as text</source>
        <translation>Все показатели результатов, текстом</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>Copy results as CS&amp;V</source>
        <translation>Копировать результаты как CS&amp;V</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>&amp;Scheme</source>
        <translation>&amp;Схема</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>&amp;Save as my preset…</source>
        <translation>&amp;Сохранить как мой шаблон…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318"/>
        <source>&amp;My presets…</source>
        <translation>&amp;Мои шаблоны…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332"/>
        <source>&amp;About fxmargin</source>
        <translation>&amp;О программе fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="359"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="360"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>fxmargin будет говорить на языке «{language}» после перезапуска.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="366"/>
        <source>Restart now</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>Cannot save the preset</source>
        <translation>Не удаётся сохранить пресет</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="456"/>
        <source>The scheme has problems; fix them first (Scheme &gt; Edit…):</source>
        <translation>В схеме есть ошибки; сначала исправьте их (Схема &gt; Изменить…):</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="650"/>
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="652"/>
        <source>fxmargin scenarios (*.json)</source>
        <translation>сценарии fxmargin (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="512"/>
        <source>{file} (imported)</source>
        <translation>{file} (импортирован)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="514"/>
        <source>example (unsaved)</source>
        <translation>пример (не сохранён)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="516"/>
        <source>new scenario (unsaved)</source>
        <translation>новый сценарий (не сохранён)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="554"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="555"/>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation>В сценарии есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="577"/>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="587"/>
        <source>Import a MetaTrader statement</source>
        <translation>Импорт отчёта MetaTrader</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="78"/>
        <location filename="../../gui/main_window.py" line="613"/>
        <source>Cannot open this file</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="660"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="674"/>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="723"/>
        <source>a new scenario</source>
        <translation>новый сценарий</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="726"/>
        <source>Restore unsaved work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="728"/>
        <source>fxmargin closed on {time} without saving your changes to {name}. Restore them?</source>
        <translation>fxmargin закрылся {time}, не сохранив ваши изменения в {name}. Восстановить их?</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="41"/>
        <source>New order (what if)</source>
        <translation>Новый ордер (что если)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="53"/>
        <source>lots</source>
        <translation>лотов</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="82"/>
        <source>Lots from size by risk</source>
        <translation>Лоты из размера по риску</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="89"/>
        <source>Most lots</source>
        <translation>Макс. лотов</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="85"/>
        <source>The lots of this order&apos;s symbol and side that risk what Tools&apos; position size by risk asks (its stop, risk and commission)</source>
        <translation>Лоты символа и направления этого ордера с тем риском, который задаёт размер по риску в «Инструментах» (его стоп, риск и комиссия)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="91"/>
        <source>The most lots of this order&apos;s symbol and side that free margin allows</source>
        <translation>Наибольший объём в лотах по символу и направлению этого ордера, который позволяет свободная маржа</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="99"/>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to positions</source>
        <translation>Добавить в позиции</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="64"/>
        <source>at market</source>
        <translation>по рынку</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="65"/>
        <source>limit order at</source>
        <translation>лимитный ордер по</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="66"/>
        <source>stop order at</source>
        <translation>стоп-ордер по</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="69"/>
        <source>A pending order opens when the price reaches it (a buy on the ask, a sell on the bid): a buy limit or sell stop below the market, a buy stop or sell limit above. Nothing is charged until it fills.</source>
        <translation>Отложенный ордер открывается, когда цена до него доходит (покупка по ask, продажа по bid): buy limit или sell stop ниже рынка, buy stop или sell limit выше. Пока он не исполнен, маржа не берётся.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="76"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="102"/>
        <source>Open this order in the scenario, at the ask (buy) or bid (sell)</source>
        <translation>Открыть ордер в сценарии по аск (покупка) или бид (продажа)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="141"/>
        <source>Type a symbol and lots to see what the order would do.</source>
        <translation>Введите символ и лоты, чтобы увидеть, что сделает ордер.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="165"/>
        <source>lots must be a number above 0</source>
        <translation>лоты должны быть числом больше 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="173"/>
        <source>the price must be a number above 0</source>
        <translation>цена должна быть числом больше 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to orders</source>
        <translation>Добавить в ордера</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="316"/>
        <source>{fill}. After: {state}</source>
        <translation>{fill}. После: {state}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="318"/>
        <source>Margin needed {amount} {currency}. After: {state}</source>
        <translation>Нужна маржа {amount} {currency}. После: {state}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="36"/>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="37"/>
        <source>Instrument symbol from the catalog</source>
        <translation>Символ инструмента из каталога</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="41"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="42"/>
        <source>buy limit or sell stop: fills on a fall; buy stop or sell limit: fills on a rise. A buy fills on the ask, a sell on the bid</source>
        <translation>buy limit или sell stop: исполняется при падении; buy stop или sell limit: при росте. Покупка исполняется по ask, продажа по bid</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="50"/>
        <source>Lots</source>
        <translation>Лоты</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="51"/>
        <source>Volume in lots the order opens</source>
        <translation>Объём в лотах, который открывает ордер</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="55"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="56"/>
        <source>The order&apos;s price: the position opens there (a stop-limit&apos;s limit price)</source>
        <translation>Цена ордера: позиция открывается по ней (лимитная цена stop limit)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="63"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="64"/>
        <source>A stop-limit order&apos;s trigger; empty for the other types</source>
        <translation>Цена срабатывания ордера stop limit; у других типов пусто</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="69"/>
        <source>Fills at</source>
        <translation>Исполнится при</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="70"/>
        <source>How far the analysed symbol&apos;s mid moves before the order fills, and that mid; an order on another symbol never fills here (only the analysed price moves)</source>
        <translation>На сколько сдвигается средняя цена анализируемого символа до исполнения ордера, и эта цена; ордер по другому символу здесь не исполняется (движется только анализируемая цена)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="77"/>
        <source>Margin after</source>
        <translation>Маржа после</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="78"/>
        <source>The account&apos;s margin once the order has filled (with every order filled on the way); margin now counts no pending order, as the terminal does</source>
        <translation>Маржа счёта после исполнения ордера (вместе со всеми ордерами, исполненными по пути); текущая маржа не учитывает отложенные ордера, как и терминал</translation>
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
        <translation>исполнен при этой цене</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="151"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="153"/>
        <source>{pips} pips below ({price})</source>
        <translation>на {pips} пп. ниже ({price})</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="155"/>
        <source>{pips} pips above ({price})</source>
        <translation>на {pips} пп. выше ({price})</translation>
    </message>
</context>
<context>
    <name>OrdersTable</name>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="31"/>
        <location filename="../../gui/inputs/orders_table.py" line="88"/>
        <source>Pending orders</source>
        <translation>Отложенные ордера</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="70"/>
        <source>Add a pending order (Insert)</source>
        <translation>Добавить отложенный ордер (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="71"/>
        <source>Duplicate the selected order (Ctrl+D)</source>
        <translation>Дублировать выбранный ордер (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="72"/>
        <source>Remove the selected orders (Delete)</source>
        <translation>Удалить выбранные ордера (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="75"/>
        <source>Margin now counts none; each fills as the price moves</source>
        <translation>Текущая маржа не учитывает ни одного; каждый исполняется, когда цена до него дойдёт</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="86"/>
        <source>Pending orders (amounts in {currency})</source>
        <translation>Отложенные ордера (суммы в {currency})</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="37"/>
        <location filename="../../gui/plots/price_plot.py" line="65"/>
        <source>Equity</source>
        <translation>Средства</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="40"/>
        <location filename="../../gui/plots/price_plot.py" line="62"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="48"/>
        <source>Max leverage 1:</source>
        <translation>Макс. плечо 1:</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="51"/>
        <source>Leverage</source>
        <translation>Кредитное плечо</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="74"/>
        <source>Margin ({currency})</source>
        <translation>Маржа ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="79"/>
        <source>Equity ({currency})</source>
        <translation>Средства ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="90"/>
        <source>unlimited</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="98"/>
        <location filename="../../gui/plots/price_plot.py" line="143"/>
        <source>now {price}</source>
        <translation>сейчас {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="112"/>
        <source>equity {equity} {currency}:  margin {margin} {currency}  leverage {leverage}</source>
        <translation>средства {equity} {currency}:  маржа {margin} {currency}  плечо {leverage}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="125"/>
        <location filename="../../gui/plots/level_plot.py" line="113"/>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="54"/>
        <location filename="../../gui/plots/level_plot.py" line="30"/>
        <source>Margin level (%)</source>
        <translation>Уровень маржи (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="82"/>
        <source>Orange line: margin call; red line: stop out. + is now. Each cell re-prices the whole account with both prices moved.</source>
        <translation>Оранжевая линия: margin call; красная: стоп-аут. + — сейчас. Каждая клетка пересчитывает весь счёт при сдвиге обеих цен.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="123"/>
        <source>The heat map needs positions in two symbols: it moves the two largest.</source>
        <translation>Для тепловой карты нужны позиции по двум символам: она двигает два крупнейших.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="147"/>
        <source>{symbol} move (%)</source>
        <translation>изменение {symbol} (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="162"/>
        <location filename="../../gui/plots/level_plot.py" line="100"/>
        <source>none (no margin)</source>
        <translation>нет (маржи нет)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="164"/>
        <source>ok</source>
        <translation>норма</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="165"/>
        <location filename="../../gui/plots/price_plot.py" line="38"/>
        <source>margin call</source>
        <translation>margin call</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="166"/>
        <location filename="../../gui/plots/price_plot.py" line="39"/>
        <source>stop out</source>
        <translation>стоп-аут</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="168"/>
        <source>{x_symbol} {x_move}%, {y_symbol} {y_move}%: equity {equity}, margin level {level}, {state}</source>
        <translation>{x_symbol} {x_move}%, {y_symbol} {y_move}%: средства {equity}, уровень маржи {level}, {state}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="32"/>
        <source>Margin level</source>
        <translation>Уровень маржи</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="60"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="71"/>
        <source>margin call {level}%</source>
        <translation>margin call {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="79"/>
        <source>stop out {level}%</source>
        <translation>стоп-аут {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="99"/>
        <source>{symbol} {price}:  margin level {level}</source>
        <translation>{symbol} {price}:  уровень маржи {level}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="188"/>
        <source>pips from the market</source>
        <translation>пунктов от рынка</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="409"/>
        <location filename="../../gui/plots/plot_base.py" line="412"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="431"/>
        <source>{symbol} price (mid)</source>
        <translation>цена {symbol} (средняя)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="59"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="68"/>
        <source>Free margin</source>
        <translation>Свободная маржа</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="83"/>
        <source>Drag to see the account at another price (a what-if price)</source>
        <translation>Перетащите, чтобы увидеть счёт при другой цене (гипотетической)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="113"/>
        <source>Amount ({currency})</source>
        <translation>Сумма ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="126"/>
        <source>market {price}</source>
        <translation>рынок {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="141"/>
        <source>what if {price}</source>
        <translation>если {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="159"/>
        <source>{symbol} {price}:  margin {margin}  equity {equity}  free margin {free} {currency}</source>
        <translation>{symbol} {price}:  маржа {margin}  средства {equity}  свободная маржа {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>What if</source>
        <translation>Что если</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="38"/>
        <source>Margin vs price</source>
        <translation>Маржа от цены</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="39"/>
        <source>Margin level vs price</source>
        <translation>Уровень маржи от цены</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="40"/>
        <source>Margin and leverage vs equity</source>
        <translation>Маржа и плечо от средств</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="72"/>
        <source>All at once</source>
        <translation>Все сразу</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="73"/>
        <source>Show the three plots stacked instead of in tabs</source>
        <translation>Показать три графика друг под другом, а не во вкладках</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="75"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="76"/>
        <source>Save the plot as a picture, or its curve&apos;s numbers</source>
        <translation>Сохранить график как картинку или числа его кривой</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="78"/>
        <source>Picture (PNG)…</source>
        <translation>Картинка (PNG)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="79"/>
        <source>The plot shown (all plots, when shown at once)</source>
        <translation>Показанный график (все, если показаны сразу)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="81"/>
        <source>Numbers (CSV)…</source>
        <translation>Числа (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="82"/>
        <source>The curve&apos;s numbers (the price curve, when all plots are shown)</source>
        <translation>Числа кривой (ценовой кривой, если показаны все)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="85"/>
        <source>Out of date</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="87"/>
        <source>The plots show the last valid input until the marked fields are fixed</source>
        <translation>Графики показывают последний верный ввод, пока отмеченные поля не исправлены</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source>what if </source>
        <translation>если </translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source> pips</source>
        <translation> пп</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="105"/>
        <source>Move the analysed symbol&apos;s price by this many pips from the market: every figure, table and plot follows, as a what-if. Or drag the price line.</source>
        <translation>Сдвинуть цену анализируемого символа на столько пунктов от рынка: все числа, таблицы и графики следуют за ней как гипотеза. Или перетащите линию цены.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="110"/>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="112"/>
        <source>Back to the market price (Esc on the plots)</source>
        <translation>Вернуться к рыночной цене (Esc на графиках)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="120"/>
        <source>Danger zone</source>
        <translation>Опасная зона</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="125"/>
        <source>When a margin call or stop out is within 1% of the price, frame the price plots on it (unticked: the nearest levels and tier thresholds, however far)</source>
        <translation>Когда margin call или стоп-аут ближе 1% от цены, графики цены показывают эту область (без галочки: ближайшие уровни и пороги ступеней, как бы далеко они ни были)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="132"/>
        <source>Orders fill</source>
        <translation>Ордера исполняются</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="137"/>
        <source>Pending orders of the analysed symbol fill where its price reaches them, in every figure that moves the price (unticked: no order ever fills)</source>
        <translation>Отложенные ордера анализируемого символа исполняются там, где до них доходит цена, во всех расчётах, двигающих цену (без галочки: ни один ордер не исполняется)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="212"/>
        <source>Nothing to draw until the marked fields are fixed.</source>
        <translation>Нечего рисовать, пока отмеченные поля не исправлены.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="308"/>
        <source>No open positions: add one to see margin against its price.</source>
        <translation>Нет открытых позиций: добавьте позицию, чтобы увидеть маржу от её цены.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="334"/>
        <source>Export plot as PNG</source>
        <translation>Экспорт графика в PNG</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="336"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="345"/>
        <source>Export curve as CSV</source>
        <translation>Экспорт кривой в CSV</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="347"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="40"/>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="41"/>
        <source>Instrument symbol from the catalog (EURUSD, XAUUSD, US500 ...)</source>
        <translation>Символ инструмента из каталога (EURUSD, XAUUSD, US500 ...)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="47"/>
        <source>Side</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="48"/>
        <source>buy or sell</source>
        <translation>покупка или продажа</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="52"/>
        <source>Lots</source>
        <translation>Лоты</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="53"/>
        <source>Volume in lots; 1 lot = the contract size</source>
        <translation>Объём в лотах; 1 лот = размер контракта</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="57"/>
        <source>Open</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="58"/>
        <source>Price the position was opened at</source>
        <translation>Цена открытия позиции</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="62"/>
        <source>Swap</source>
        <translation>Своп</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="63"/>
        <source>Swap so far, in account currency (negative = paid)</source>
        <translation>Своп на сегодня, в валюте счёта (минус = уплачено)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="67"/>
        <source>Comm.</source>
        <translation>Комис.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="68"/>
        <source>Commission paid, in account currency (negative = paid)</source>
        <translation>Уплаченная комиссия, в валюте счёта (минус = уплачено)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="74"/>
        <source>Open lev.</source>
        <translation>Плечо откр.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="75"/>
        <source>Leverage the position was opened with; kept under schemes that apply tier changes to new positions only</source>
        <translation>Плечо при открытии позиции; сохраняется в схемах, где смена ступени действует только на новые позиции</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="83"/>
        <source>Restr.</source>
        <translation>Огр.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="84"/>
        <source>Opened in a high-margin period (news, around the weekend): the broker keeps it on the scheme&apos;s restricted leverage cap</source>
        <translation>Открыта в период повышенной маржи (новости, около выходных): брокер держит её на ограниченном плече схемы</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="93"/>
        <source>Notional</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="94"/>
        <source>lots x contract size x price (ask for a buy, bid for a sell), in account currency</source>
        <translation>лоты x размер контракта x цена (аск для покупки, бид для продажи), в валюте счёта</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="100"/>
        <source>P/L</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="101"/>
        <source>side x (close - open) x lots x contract size, converted, + swap + commission; a buy closes at the bid, a sell at the ask</source>
        <translation>направление x (закрытие - открытие) x лоты x размер контракта, пересчитано, + своп + комиссия; покупка закрывается по бид, продажа по аск</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="108"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="109"/>
        <source>margined notional (at the current or the open price, as the scheme says) / leverage, volume tiers blended in, times the instrument&apos;s margin multiplier</source>
        <translation>маржируемый номинал (по текущей цене или цене открытия, как задаёт схема) / плечо, с учётом ступеней объёма, умноженный на маржинальный множитель инструмента</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="116"/>
        <source>Leverage</source>
        <translation>Кредитное плечо</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="117"/>
        <source>the leverage the position&apos;s margin is charged at: the account&apos;s, capped by class, instrument and market caps, volume tiers blended in</source>
        <translation>плечо, по которому взимается маржа позиции: плечо счёта, ограниченное лимитами класса, инструмента и рынка, с учётом ступеней объёма</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="125"/>
        <source>buy</source>
        <translation>покупка</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="126"/>
        <source>sell</source>
        <translation>продажа</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="37"/>
        <location filename="../../gui/inputs/positions_table.py" line="93"/>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="226"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="78"/>
        <source>Add a position (Insert)</source>
        <translation>Добавить позицию (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="227"/>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="79"/>
        <source>Duplicate the selected position (Ctrl+D)</source>
        <translation>Дублировать выбранную позицию (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="228"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="80"/>
        <source>Remove the selected positions (Delete)</source>
        <translation>Удалить выбранные позиции (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="83"/>
        <source>Notional, swap, comm.: right-click the header</source>
        <translation>Номинал, своп, комиссия: правый щелчок по заголовку</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="91"/>
        <source>Positions (amounts in {currency})</source>
        <translation>Позиции (суммы в {currency})</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="29"/>
        <source>fxmargin presets and scenarios (*.json);;All files (*)</source>
        <translation>Пресеты и сценарии fxmargin (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="39"/>
        <source>My presets</source>
        <translation>Мои пресеты</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="43"/>
        <source>Kept in {folder}</source>
        <translation>Хранятся в {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="52"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="93"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="96"/>
        <source>Checked: {date}</source>
        <translation>Проверено: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="99"/>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="131"/>
        <source>Cannot rename</source>
        <translation>Не удаётся переименовать</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="135"/>
        <source>Cannot delete</source>
        <translation>Не удаётся удалить</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="138"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="157"/>
        <source>Rename preset</source>
        <translation>Переименовать пресет</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="158"/>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="171"/>
        <source>Delete preset</source>
        <translation>Удалить пресет</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="172"/>
        <source>Delete your preset “{name}”? Scenarios that use it keep it.</source>
        <translation>Удалить ваш пресет «{name}»? Сценарии, где он используется, сохранят его.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="184"/>
        <source>Export preset</source>
        <translation>Экспорт пресета</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="191"/>
        <source>Import preset</source>
        <translation>Импорт пресета</translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="42"/>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="43"/>
        <source>Bid</source>
        <translation>Бид</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="44"/>
        <source>Ask</source>
        <translation>Аск</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="45"/>
        <source>Spread</source>
        <translation>Спред</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="46"/>
        <source>Why it is needed</source>
        <translation>Зачем нужна</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="50"/>
        <source>The bid: sells open and buys close here. Typed alone, it is the whole price (no spread).</source>
        <translation>Бид: по нему открываются продажи и закрываются покупки. Введённый один, это вся цена (без спреда).</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="54"/>
        <source>The ask: buys open and sells close here. Leave it as the bid for no spread.</source>
        <translation>Аск: по нему открываются покупки и закрываются продажи. Оставьте равным биду, если спреда нет.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="57"/>
        <source>Ask - bid, in pips of the symbol</source>
        <translation>Аск - бид, в пунктах символа</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="59"/>
        <source>not used by this scenario</source>
        <translation>не используется в этом сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="134"/>
        <source>enter the current price of {symbol}</source>
        <translation>введите текущую цену {symbol}</translation>
    </message>
</context>
<context>
    <name>PricesTable</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="214"/>
        <source>Market prices</source>
        <translation>Рыночные цены</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="235"/>
        <location filename="../../gui/inputs/prices_table.py" line="274"/>
        <source>Paste prices</source>
        <translation>Вставить цены</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="239"/>
        <source>Paste lines of SYMBOL BID ASK or SYMBOL PRICE (Ctrl+V in the table), separated by tabs, semicolons, commas or spaces, as a spreadsheet or the terminal&apos;s Market Watch copies them</source>
        <translation>Вставьте строки СИМВОЛ BID ASK или СИМВОЛ ЦЕНА (Ctrl+V в таблице), разделённые табуляцией, точкой с запятой, запятыми или пробелами, как их копирует таблица или «Обзор рынка» терминала</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="263"/>
        <source>paste of {count} prices</source>
        <translation>вставка {count} цен</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="275"/>
        <source>{count} prices pasted.</source>
        <translation>Вставлено цен: {count}.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="280"/>
        <source>The clipboard holds no lines of SYMBOL BID ASK.</source>
        <translation>В буфере обмена нет строк СИМВОЛ BID ASK.</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../gui/common/problem_words.py" line="36"/>
        <source>Positions, row {row}</source>
        <translation>Позиции, строка {row}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="44"/>
        <source>Market prices, {symbol}</source>
        <translation>Рыночные цены, {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="47"/>
        <source>Broker scheme (Scheme &gt; Edit…)</source>
        <translation>Схема брокера (Схема &gt; Изменить…)</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="49"/>
        <source>New order</source>
        <translation>Новый ордер</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="51"/>
        <source>Instrument {symbol} in the file</source>
        <translation>Инструмент {symbol} в файле</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="54"/>
        <source>The scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="62"/>
        <source>Type {symbol}&apos;s price in Market prices.</source>
        <translation>Введите цену {symbol} в «Рыночных ценах».</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="66"/>
        <source>{source} amounts cannot be turned into {target} yet: type a price for {pair} in Market prices.</source>
        <translation>Суммы в {source} пока нельзя пересчитать в {target}: введите цену {pair} в «Рыночных ценах».</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="75"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="50"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="51"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="55"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="56"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="39"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="40"/>
        <source>Deposits plus closed profit.</source>
        <translation>Депозиты плюс закрытая прибыль.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="44"/>
        <source>Floating P/L</source>
        <translation>Плавающая прибыль</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="45"/>
        <source>Sum over positions of side x (close - open) x lots x contract size, converted at mids, + swap + commission. A buy closes at the bid, a sell at the ask.</source>
        <translation>Сумма по позициям: направление x (закрытие - открытие) x лоты x размер контракта, пересчитанная по средним ценам, + своп + комиссия. Покупка закрывается по бид, продажа по аск.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="53"/>
        <source>Equity</source>
        <translation>Средства</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="54"/>
        <source>Balance + credit + floating P/L.</source>
        <translation>Баланс + кредит + плавающая прибыль.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="58"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="59"/>
        <source>Sum of the positions&apos; margins: margined notional / leverage, volume tiers blended in. A buy is priced at the ask and a sell at the bid, or at its open price (MT5).</source>
        <translation>Сумма маржи позиций: маржируемый номинал / плечо, с учётом ступеней объёма. Покупка оценивается по аск, продажа по бид, или по цене открытия (MT5).</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="67"/>
        <source>Margin basis</source>
        <translation>Цена расчёта маржи</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="68"/>
        <source>The price margin is computed at: the current bid or ask (MetaTrader 4), or each position&apos;s open price (MetaTrader 5 and brokers that fix margin at opening).</source>
        <translation>Цена, по которой считается маржа: текущие бид или аск (MetaTrader 4) или цена открытия каждой позиции (MetaTrader 5 и брокеры, фиксирующие маржу при открытии).</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="76"/>
        <source>Free margin</source>
        <translation>Свободная маржа</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="77"/>
        <source>Equity - margin.</source>
        <translation>Средства - маржа.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="81"/>
        <source>Margin level</source>
        <translation>Уровень маржи</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="82"/>
        <source>Equity / margin x 100%. None without margin.</source>
        <translation>Средства / маржа x 100%. Нет, если маржи нет.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>Leverage</source>
        <translation>Кредитное плечо</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="87"/>
        <source>min(the leverage granted after the unlimited-leverage rules, the equity tier&apos;s leverage). Where volume tiers or class caps charge the open positions at another leverage, their average on the notional follows.</source>
        <translation>min(плечо, предоставленное после правил безлимитного плеча, плечо ступени эквити). Если ступени объёма или лимиты класса взимают маржу открытых позиций по другому плечу, далее указано их среднее по номиналу.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="96"/>
        <source>Margin call / stop out</source>
        <translation>Margin call / стоп-аут</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="97"/>
        <source>Margin call when equity &lt;= margin call level x margin; stop out likewise (or equity &lt;= an amount with money levels).</source>
        <translation>Margin call, когда средства &lt;= уровень margin call x маржа; стоп-аут так же (или средства &lt;= сумма при уровнях в деньгах).</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="109"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="126"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="132"/>
        <source>What is near: the margin call (or, at margin call, the stop out) at its nearer price. Orange when it is closer than ten of the symbol&apos;s current spreads (ten pips without a spread): a news release or the rollover can move that far at once.</source>
        <translation>Что близко: margin call (или, при margin call, стоп-аут) по ближайшей цене. Оранжевый, когда ближе десяти текущих спредов символа (десяти пунктов без спреда): новость или ролловер могут сдвинуть цену так далеко сразу.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="164"/>
        <source>Margin call and stop-out prices</source>
        <translation>Цены margin call и стоп-аута</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="170"/>
        <source>The symbol whose price moves; all other prices stay fixed. Default: the largest notional.</source>
        <translation>Символ, цена которого движется; остальные цены неизменны. По умолчанию: с наибольшим номиналом.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="175"/>
        <source>Moving</source>
        <translation>Движется</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="181"/>
        <source>The nearest mid prices below and above where the level is reached, the spread kept and every rule re-applied at each price; distances in pips and percent.</source>
        <translation>Ближайшие средние цены ниже и выше, где достигается уровень, при неизменном спреде и с пересчётом всех правил на каждой цене; расстояния в пунктах и процентах.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="188"/>
        <source>Margin call</source>
        <translation>Margin call</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="189"/>
        <source>Stop out</source>
        <translation>Стоп-аут</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="192"/>
        <source>Spread widening (rollover, news)</source>
        <translation>Расширение спреда (ролловер, новости)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="201"/>
        <source>The smallest spread of the moving symbol, its mid fixed, at which the level is reached: positions close at the bid or the ask, so a wide spread alone can do it.</source>
        <translation>Наименьший спред анализируемого символа при неизменной средней цене, при котором достигается уровень: позиции закрываются по бид или аск, поэтому одного широкого спреда достаточно.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="206"/>
        <source>Spread now</source>
        <translation>Спред сейчас</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="207"/>
        <source>Margin call at</source>
        <translation>Margin call при</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="208"/>
        <source>Stop out at</source>
        <translation>Стоп-аут при</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="211"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="251"/>
        <source>NOT UP TO DATE: fix the marked fields</source>
        <translation>НЕ АКТУАЛЬНО: исправьте отмеченные поля</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="255"/>
        <source>... and {count} more</source>
        <translation>... и ещё {count}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="257"/>
        <source>Fix these to update the results:</source>
        <translation>Исправьте это, чтобы обновить результаты:</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="269"/>
        <source>WHAT IF {symbol} were at {price}: {pips} pips from the market ({market}). Not the market: Market (or Esc on the plots) goes back.</source>
        <translation>ЧТО ЕСЛИ {symbol} по {price}: {pips} пп от рынка ({market}). Это не рынок: кнопка «Рынок» (или Esc на графиках) возвращает.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="284"/>
        <source> + {amount} credit</source>
        <translation> + кредит {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="296"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage} (ступень {tier})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="305"/>
        <source>Picked {selected}, granted {granted}.</source>
        <translation>Выбрано {selected}, предоставлено {granted}.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="331"/>
        <source>no open positions</source>
        <translation>нет открытых позиций</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="338"/>
        <source>{pips} pips ({symbol})</source>
        <translation>{pips} пп ({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="349"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="361"/>
        <source>Largest notional ({symbol})</source>
        <translation>Наибольший номинал ({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="363"/>
        <source>Largest notional</source>
        <translation>Наибольший номинал</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="89"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="90"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ScenarioController</name>
    <message>
        <location filename="../../gui/scenario_controller.py" line="283"/>
        <source>position {row}: {field}</source>
        <translation>позиция {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="286"/>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="287"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="288"/>
        <source>Lots</source>
        <translation>Лоты</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="289"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="290"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="292"/>
        <source>pending order {row}: {field}</source>
        <translation>отложенный ордер {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="299"/>
        <source>change of scheme</source>
        <translation>смена схемы</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="321"/>
        <source>new position</source>
        <translation>новая позиция</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="333"/>
        <source>removal of positions</source>
        <translation>удаление позиций</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="344"/>
        <source>new pending order</source>
        <translation>новый отложенный ордер</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="368"/>
        <source>removal of pending orders</source>
        <translation>удаление отложенных ордеров</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="384"/>
        <source>price of {symbol}</source>
        <translation>цена {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="567"/>
        <source>{symbol} read as {instrument}</source>
        <translation>{symbol} читается как {instrument}</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="59"/>
        <source>all positions</source>
        <translation>все позиции</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="60"/>
        <source>new positions only</source>
        <translation>только новые позиции</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="63"/>
        <source>notional (account currency)</source>
        <translation>номинал (валюта счёта)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="64"/>
        <source>lots</source>
        <translation>лотов</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="67"/>
        <source>the whole account</source>
        <translation>весь счёт</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="68"/>
        <source>each group (major, minor, exotic, metal…)</source>
        <translation>каждая группа (мажоры, миноры, экзотика, металлы…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="69"/>
        <source>each class (forex, metal, index…)</source>
        <translation>каждый класс (форекс, металлы, индексы…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="70"/>
        <source>each symbol</source>
        <translation>каждый символ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="73"/>
        <source>margined lots (after hedging)</source>
        <translation>маржируемые лоты (после хеджа)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="74"/>
        <source>the larger of buys and sells</source>
        <translation>большее из покупок и продаж</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="75"/>
        <source>buys and sells together</source>
        <translation>покупки и продажи вместе</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="79"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="80"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="81"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="82"/>
        <source>Checked on</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="83"/>
        <source>Margin priced</source>
        <translation>Цена маржи</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="84"/>
        <source>Tiers apply to</source>
        <translation>Ступени действуют на</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="85"/>
        <source>Volume counted in</source>
        <translation>Объём считается в</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="86"/>
        <source>Counted over</source>
        <translation>Считается по</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="87"/>
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="88"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="348"/>
        <source>Account types</source>
        <translation>Типы счетов</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="89"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="353"/>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="90"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Equity below</source>
        <translation>Средства ниже</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="91"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="357"/>
        <source>Closed trades at least</source>
        <translation>Закрытых сделок не менее</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="92"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="358"/>
        <source>Closed lots at least</source>
        <translation>Закрытых лотов не менее</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="361"/>
        <source>Otherwise 1:</source>
        <translation>Иначе 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="119"/>
        <source>Edit broker scheme</source>
        <translation>Изменить схему брокера</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="55"/>
        <source>at the current price</source>
        <translation>по текущей цене</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="56"/>
        <source>at the open price</source>
        <translation>по цене открытия</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="93"/>
        <source>Fallback</source>
        <translation>Запасное</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>The scheme&apos;s name, as the scheme list shows it.</source>
        <translation>Название схемы, как его показывает список схем.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>One line on what the rules are.</source>
        <translation>Одна строка о том, каковы правила.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="133"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="134"/>
        <source>Where the numbers come from: the broker&apos;s page or e-mail.</source>
        <translation>Откуда числа: страница или письмо брокера.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="138"/>
        <source>C&amp;hecked on</source>
        <translation>&amp;Проверено</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="139"/>
        <source>The date you last read the source (YYYY-MM-DD).</source>
        <translation>Дата, когда вы последний раз читали источник (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="142"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="148"/>
        <source>The currency the scheme&apos;s equity and notional limits are in.</source>
        <translation>Валюта пределов средств и номинала в схеме.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="153"/>
        <source>Margin p&amp;riced</source>
        <translation>Цена ма&amp;ржи</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="157"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="162"/>
        <source>&amp;Equity tiers</source>
        <translation>Ступени &amp;средств</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="163"/>
        <source>&amp;Volume tiers</source>
        <translation>Ступени &amp;объёма</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="164"/>
        <source>Hedging and &amp;caps</source>
        <translation>Хеджи и &amp;лимиты</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="165"/>
        <source>Unlimited and &amp;levels</source>
        <translation>Без ограничений и &amp;уровни</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="174"/>
        <source>&amp;Use in this scenario</source>
        <translation>&amp;Использовать в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="176"/>
        <source>Save as &amp;my preset…</source>
        <translation>Сохранить как &amp;мой пресет…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <source>From (equity)</source>
        <translation>От (средства)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="238"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Leverage 1:</source>
        <translation>Плечо 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="223"/>
        <source>The equity at which this tier starts; the first starts at 0.</source>
        <translation>Средства, с которых начинается ступень; первая начинается с 0.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="227"/>
        <source>The leverage the account gets at each level of equity. No rows: none.</source>
        <translation>Плечо счёта на каждом уровне средств. Нет строк: ступеней нет.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="236"/>
        <source>Ladder (all, group, class or symbol)</source>
        <translation>Лестница (all, группа, класс или символ)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="237"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="244"/>
        <source>Rows with the same key form one ladder. &apos;all&apos; is one ladder for every position; with other ladders it is the ladder for the rest.</source>
        <translation>Строки с одинаковым ключом образуют одну лестницу. &apos;all&apos; — одна лестница для всех позиций; при других лестницах — для остальных.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="248"/>
        <source>Where this tier starts, in the unit below; each ladder&apos;s first starts at 0.</source>
        <translation>Где начинается ступень, в единицах ниже; первая в каждой лестнице начинается с 0.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="254"/>
        <source>Leverage by the volume of open positions, applied tier by tier.</source>
        <translation>Плечо по объёму открытых позиций, по ступеням.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="278"/>
        <source>none: both sides margined; net: only the difference; larger_leg: the larger side; a number h: the share of covered lots that is margined.</source>
        <translation>none: маржируются обе стороны; net: только разница; larger_leg: большая сторона; число h: доля хеджированных лотов, которая маржируется.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Class or symbol</source>
        <translation>Класс или символ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="297"/>
        <source>Hedged positions (no rows: none)</source>
        <translation>Хеджированные позиции (нет строк: none)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="299"/>
        <source>Highest leverage per class or symbol</source>
        <translation>Наибольшее плечо по классу или символу</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="302"/>
        <source>In a restricted market (news, weekends)</source>
        <translation>На ограниченном рынке (новости, выходные)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="306"/>
        <source>Hedging, per class or &apos;all&apos;: none, both sides margined; net, only the difference; larger_leg, the larger side; a number h from 0 to 1, that share of the covered lots margined (0.5: half).</source>
        <translation>Хеджирование, по классу или &apos;all&apos;: none — маржируются обе стороны; net — только разница; larger_leg — большая сторона; число h от 0 до 1 — такая доля хеджированных лотов маржируется (0.5 — половина).</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="312"/>
        <source>From the terminal&apos;s symbol specification: MT4&apos;s hedged margin is per lot, so half the contract size is 0.5. MT5&apos;s is per covered pair: one lot&apos;s margin (hedged margin equal to the contract size) is 0.5, half a lot&apos;s is 0.25, none is net; MT5&apos;s &apos;calculate hedged margin using larger leg&apos; is larger_leg.</source>
        <translation>Из спецификации символа в терминале: хеджированная маржа MT4 задаётся на лот, поэтому половина размера контракта — это 0.5. В MT5 — на покрытую пару: маржа одного лота (хеджированная маржа, равная размеру контракта) — это 0.5, половины лота — 0.25, ноль — net; «расчёт хеджированной маржи по большей ноге» в MT5 — это larger_leg.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="319"/>
        <source>Caps: an instrument never gets more leverage than its class&apos;s or its symbol&apos;s (symbols in capitals, as XAGUSD); a symbol&apos;s entry wins over its class&apos;s.</source>
        <translation>Лимиты: инструмент никогда не получает плечо выше лимита своего класса или символа (символы заглавными, как XAGUSD); запись символа важнее записи класса.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="324"/>
        <source>Restricted market: the caps for positions marked restricted, or for all when the account form&apos;s Restricted market is ticked; &apos;all&apos; is one cap for every position.</source>
        <translation>Ограниченный рынок: лимиты для позиций, отмеченных как ограниченные, или для всех, если в форме счёта отмечен «Ограниченный рынок»; &apos;all&apos; — один лимит для всех позиций.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="338"/>
        <source>Unlimited leverage for eligible accounts</source>
        <translation>Неограниченное плечо для подходящих счетов</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="349"/>
        <source>Comma-separated; empty: every type.</source>
        <translation>Через запятую; пусто: любой тип.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="354"/>
        <source>Comma-separated (MT4, MT5); empty: every platform.</source>
        <translation>Через запятую (MT4, MT5); пусто: любая платформа.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Unlimited only below this equity.</source>
        <translation>Без ограничений только при средствах ниже этого.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="362"/>
        <source>The leverage of an account that is not eligible.</source>
        <translation>Плечо счёта, который не подходит.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Account type</source>
        <translation>Тип счёта</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Margin call %</source>
        <translation>Margin call %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Stop out %</source>
        <translation>Стоп-аут %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="375"/>
        <source>Margin call and stop out by account type</source>
        <translation>Margin call и стоп-аут по типам счетов</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="431"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="437"/>
        <source>Equity tiers</source>
        <translation>Ступени средств</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="441"/>
        <source>Hedging</source>
        <translation>Хеджирование</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="446"/>
        <source>Caps</source>
        <translation>Лимиты</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="452"/>
        <source>Restricted market</source>
        <translation>Ограниченный рынок</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="489"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="545"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="552"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>{table}, row {row}</source>
        <translation>{table}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="492"/>
        <source>{place}, From</source>
        <translation>{place}, От</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="495"/>
        <source>{place}, Leverage</source>
        <translation>{place}, Плечо</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="511"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="517"/>
        <source>Volume tiers</source>
        <translation>Ступени объёма</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="521"/>
        <source>Volume tiers ({ladder})</source>
        <translation>Ступени объёма ({ladder})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="561"/>
        <source>Unlimited leverage</source>
        <translation>Неограниченное плечо</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="565"/>
        <source>Unlimited: {field}</source>
        <translation>Без ограничений: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="577"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="583"/>
        <source>{place}, Margin call</source>
        <translation>{place}, Margin call</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="586"/>
        <source>{place}, Stop out</source>
        <translation>{place}, Стоп-аут</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="671"/>
        <source>equity tiers</source>
        <translation>ступени средств</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="672"/>
        <source>Equity ({currency})</source>
        <translation>Средства ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="679"/>
        <source>Volume, lots</source>
        <translation>Объём, лоты</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="681"/>
        <source>Volume, notional ({currency})</source>
        <translation>Объём, номинал ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="709"/>
        <source>Cannot save the preset</source>
        <translation>Не удаётся сохранить пресет</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="44"/>
        <source>Positions: add a position</source>
        <translation>Позиции: добавить позицию</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="45"/>
        <source>Positions: duplicate the selected position</source>
        <translation>Позиции: дублировать выбранную позицию</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="46"/>
        <source>Positions: remove the selected positions</source>
        <translation>Позиции: удалить выбранные позиции</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="47"/>
        <source>Tables: edit the cell (or start typing)</source>
        <translation>Таблицы: изменить ячейку (или начните печатать)</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="48"/>
        <source>Plots: back to the market price</source>
        <translation>Графики: вернуться к рыночной цене</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="51"/>
        <source>Market prices: paste lines of SYMBOL BID ASK</source>
        <translation>Рыночные цены: вставить строки СИМВОЛ BID ASK</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="183"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>What they do</source>
        <translation>Что делают</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="34"/>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>Imported statement</source>
        <translation>Импортированный отчёт</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Statement</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="61"/>
        <source>Find the broker&apos;s rule again</source>
        <translation>Найти правило брокера снова</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="65"/>
        <source>Search again for the leverage, margin price, hedging and caps that reproduce the printed margin, with the prices, the leverage and the scheme as you have them now (a leverage you changed and a preset you picked are kept)</source>
        <translation>Снова найти плечо, цену маржи, хеджирование и ограничения, которые воспроизводят напечатанную маржу, с ценами, плечом и схемой в их нынешнем виде (изменённое вами плечо и выбранный пресет сохраняются)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>MetaTrader 5, live</source>
        <translation>MetaTrader 5, в реальном времени</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="112"/>
        <source>Live from MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>Напрямую из MetaTrader 5: {server}, счёт {account}, прочитано в {time}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="122"/>
        <source>{platform} statement {file}</source>
        <translation>отчёт {platform} {file}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="127"/>
        <source>, account {account}</source>
        <translation>, счёт {account}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="139"/>
        <source>1 open position</source>
        <translation>открытых позиций: 1</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="141"/>
        <source>{count} open positions</source>
        <translation>открытых позиций: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="142"/>
        <source>1 closed trade ({lots} lots)</source>
        <translation>закрытых сделок: 1 ({lots} лотов)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="144"/>
        <source>{count} closed trades ({lots} lots)</source>
        <translation>закрытых сделок: {count} ({lots} лотов)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="147"/>
        <source>1 pending order</source>
        <translation>отложенных ордеров: 1</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="149"/>
        <source>{count} pending orders</source>
        <translation>отложенных ордеров: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="216"/>
        <source>Added up as the terminal does: each position&apos;s P/L rounded to the cent (a yen) first, as the positions table shows it. The Results panel adds them unrounded, so it may differ by a few cents.</source>
        <translation>Сложено так же, как в терминале: прибыль/убыток каждой позиции сначала округлён до цента (иены), как показывает таблица позиций. Панель «Результаты» складывает их без округления, поэтому может отличаться на несколько центов.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="225"/>
        <source>agrees</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="228"/>
        <source>fxmargin and the statement agree to the printed unit</source>
        <translation>fxmargin и отчёт совпадают до напечатанной единицы</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="231"/>
        <source>fxmargin differs from the terminal&apos;s figure by more than the printed unit (a cent, or one yen): see the headline and the notes</source>
        <translation>fxmargin расходится с цифрой терминала больше чем на напечатанную единицу (цент или иену): см. заголовок и примечания</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="255"/>
        <source>{symbol} is</source>
        <translation>{symbol} — это</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="265"/>
        <source>The catalog symbol the broker&apos;s {symbol} stands for; or complete its instrument (class, base, quote, contract and pip size) in the scenario file</source>
        <translation>Символ каталога, которому соответствует {symbol} брокера; или дополните инструмент (класс, базовая и котируемая валюты, контракт и размер пункта) в файле сценария</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="269"/>
        <source>Map</source>
        <translation>Сопоставить</translation>
    </message>
</context>
<context>
    <name>StressPanel</name>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="31"/>
        <source>What if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="32"/>
        <source>Equity</source>
        <translation>Средства</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="33"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="34"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="35"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="36"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="42"/>
        <source>ok</source>
        <translation>норма</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="43"/>
        <source>MARGIN CALL</source>
        <translation>MARGIN CALL</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="44"/>
        <source>STOP OUT</source>
        <translation>СТОП-АУТ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="51"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="77"/>
        <source> pips</source>
        <translation> пп</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="80"/>
        <source>A weekend gap: every symbol opens this many of its pips against your net position in it (0: no gap row).</source>
        <translation>Гэп выходных: каждый символ открывается на столько пунктов против вашей нетто-позиции (0 — без строки гэпа).</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="86"/>
        <source>Weekend gap</source>
        <translation>Гэп выходных</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="102"/>
        <source>Margin level: equity / margin x 100%</source>
        <translation>Уровень маржи: средства / маржа x 100%</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="110"/>
        <source>Each row re-prices the whole account with every rule (tiers, eligibility, conversions): each symbol alone moved; the account currency stronger or weaker against every other currency at once; each spread widened to the one that brings a margin call; a weekend gap against every position at once. In the results CSV too.</source>
        <translation>Каждая строка пересчитывает весь счёт со всеми правилами (ступени, условия, пересчёт валют): каждый символ сдвинут отдельно; валюта счёта крепче или слабее всех остальных валют сразу; каждый спред расширен до вызывающего margin call; гэп выходных против всех позиций сразу. Есть и в CSV результатов.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="165"/>
        <source>amounts in {currency}</source>
        <translation>суммы в {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="169"/>
        <source>; the currency rows move {currency}</source>
        <translation>; строки валют двигают {currency}</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="51"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="55"/>
        <source>Position size by risk</source>
        <translation>Размер позиции по риску</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="63"/>
        <location filename="../../gui/panels/tools_panel.py" line="99"/>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="66"/>
        <source>Stop-loss distance in pips.</source>
        <translation>Расстояние стоп-лосса в пунктах.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="67"/>
        <source>Stop (pips)</source>
        <translation>Стоп (пп)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>% of equity</source>
        <translation>% средств</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>money</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="75"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="78"/>
        <source>Round-turn commission per lot, in account currency.</source>
        <translation>Комиссия за круг на лот, в валюте счёта.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="79"/>
        <source>Commission / lot</source>
        <translation>Комиссия / лот</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="85"/>
        <source>lots = risk / (stop pips x pip value + commission per lot), rounded down to 0.01.</source>
        <translation>лоты = риск / (пункты стопа x стоимость пункта + комиссия на лот), с округлением вниз до 0,01.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="88"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="91"/>
        <source>Maximum volume</source>
        <translation>Максимальный объём</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="104"/>
        <source>The most lots you can open now leaving free margin &gt;= 0.</source>
        <translation>Наибольшее число лотов, которое можно открыть сейчас при свободной марже &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="106"/>
        <source>Most lots</source>
        <translation>Макс. лотов</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="129"/>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="131"/>
        <source>must be greater than 0</source>
        <translation>должно быть больше 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="133"/>
        <source>must not be negative</source>
        <translation>не должно быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="135"/>
        <source>must be at most {limit}</source>
        <translation>должно быть не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="200"/>
        <location filename="../../gui/panels/tools_panel.py" line="227"/>
        <source>needs a price for {symbol} under Market prices</source>
        <translation>нужна цена {symbol} в «Рыночных ценах»</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="208"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt; (risk {risk} {currency}, pip {pip} {currency}/lot)&lt;br&gt;margin needed {margin} {currency}, free margin after {free} {currency}</source>
        <translation>&lt;b&gt;{lots} лотов&lt;/b&gt; (риск {risk} {currency}, пункт {pip} {currency}/лот)&lt;br&gt;нужна маржа {margin} {currency}, свободная маржа после {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="222"/>
        <source>&lt;b&gt;no limit&lt;/b&gt;: this position needs no margin (unlimited leverage)</source>
        <translation>&lt;b&gt;без предела&lt;/b&gt;: этой позиции маржа не нужна (неограниченное плечо)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="235"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt;, margin then {margin} {currency}</source>
        <translation>&lt;b&gt;{lots} лотов&lt;/b&gt;, маржа тогда {margin} {currency}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="81"/>
        <source>fxmargin user guide</source>
        <translation>Руководство пользователя fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="106"/>
        <source>The user guide is missing from this copy of fxmargin.</source>
        <translation>В этой копии fxmargin нет руководства пользователя.</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="75"/>
        <source>Save as my preset</source>
        <translation>Сохранить как мой пресет</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="76"/>
        <source>Name of your preset:</source>
        <translation>Имя пресета:</translation>
    </message>
</context>
</TS>
