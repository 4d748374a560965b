<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../core/analyses/curves.py" line="122"/>
        <source>volume {amount} {unit}</source>
        <translation>成交量 {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/curves.py" line="124"/>
        <location filename="../../core/analyses/curves.py" line="137"/>
        <source>equity {amount} {unit}</source>
        <translation>净值 {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="57"/>
        <source>position in {symbol}</source>
        <translation>{symbol} 的持仓</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="65"/>
        <source>converts {currency} profit to {target}</source>
        <translation>将 {currency} 盈亏换算为 {target}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="76"/>
        <source>converts {currency} equity to {target} for the broker&apos;s tiers</source>
        <translation>将 {currency} 净值换算为 {target},用于经纪商的杠杆档位</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="92"/>
        <source>{purpose} (with {others})</source>
        <translation>{purpose}(与 {others} 一起)</translation>
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
        <translation>{currency} 升值 {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="90"/>
        <source>{currency} {percent}% weaker</source>
        <translation>{currency} 贬值 {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="106"/>
        <source>{symbol} spread {pips} pips</source>
        <translation>{symbol} 点差 {pips} 点</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="117"/>
        <source>gap {pips} pips against all</source>
        <translation>全部逆向跳空 {pips} 点</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="108"/>
        <source>a {pips}-pip rise in {symbol} to {price} ({percent})</source>
        <translation>{symbol} 上涨 {pips} 点至 {price}({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="110"/>
        <source>a {pips}-pip fall in {symbol} to {price} ({percent})</source>
        <translation>{symbol} 下跌 {pips} 点至 {price}({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="129"/>
        <source>{move} takes {scope}volume past {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move},{scope}成交量超过 {threshold} 手:之后每手按 {after} 计算预付款,而不是 {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="135"/>
        <source>{move} takes {scope}volume below {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move},{scope}成交量低于 {threshold} 手:之后每手按 {after} 计算预付款,而不是 {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="143"/>
        <source>{move} takes {scope}volume past {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move},{scope}成交量超过 {threshold} {unit}:之后每单位名义价值按 {after} 计算预付款,而不是 {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="149"/>
        <source>{move} takes {scope}volume below {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move},{scope}成交量低于 {threshold} {unit}:之后每单位名义价值按 {after} 计算预付款,而不是 {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="167"/>
        <source>{move} lifts equity past {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move},净值超过 {threshold} {currency}:杠杆 {before} -&gt; {after},预付款 {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="173"/>
        <source>{move} takes equity below {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move},净值低于 {threshold} {currency}:杠杆 {before} -&gt; {after},预付款 {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="274"/>
        <source>equity +{amount} {currency} reaches {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>净值 +{amount} {currency} 达到 {threshold} {scheme_currency}:杠杆 {before} -&gt; {after},预付款 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="280"/>
        <source>equity -{amount} {currency} falls below {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>净值 -{amount} {currency} 跌破 {threshold} {scheme_currency}:杠杆 {before} -&gt; {after},预付款 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="109"/>
        <source>must read like &quot;buy 2 EURUSD&quot; or &quot;sell stop 0.5 EURUSD at 1.0800&quot;, not {text}</source>
        <translation>应写成 &quot;buy 2 EURUSD&quot; 或 &quot;sell stop 0.5 EURUSD at 1.0800&quot;,而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="138"/>
        <source>lots must be greater than 0 and at most {most}</source>
        <translation>手数必须大于 0 且不超过 {most}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="153"/>
        <source>no price for {symbol}: add it to the prices</source>
        <translation>没有 {symbol} 的价格:请在价格中添加</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="211"/>
        <source>account leverage {before} -&gt; {after} (equity tier {tier_before} -&gt; {tier_after})</source>
        <translation>账户杠杆 {before} -&gt; {after}(净值档位 {tier_before} -&gt; {tier_after})</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="219"/>
        <source>account leverage {before} -&gt; {after}</source>
        <translation>账户杠杆 {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="235"/>
        <source>the open buy of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>已开的 {lots} 手 {symbol} 买单按 {now} 而非 {was} 计算预付款:预付款 {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="241"/>
        <source>the open sell of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>已开的 {lots} 手 {symbol} 卖单按 {now} 而非 {was} 计算预付款:预付款 {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="251"/>
        <source>the account goes from {before} to {after}</source>
        <translation>账户从 {before} 变为 {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="257"/>
        <source>free margin would be {amount} {currency}: the terminal refuses an order it has no free margin for</source>
        <translation>可用预付款将为 {amount} {currency}:没有可用预付款,交易终端会拒绝该订单</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="268"/>
        <location filename="../../core/report.py" line="36"/>
        <source>stop out</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="269"/>
        <location filename="../../core/report.py" line="36"/>
        <source>margin call</source>
        <translation>追加预付款</translation>
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
        <translation>使用 --x price 时必填</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="131"/>
        <source>no price for {symbol} in the scenario (priced: {priced})</source>
        <translation>场景中没有 {symbol} 的价格(已有价格:{priced})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="151"/>
        <source>unknown language {code} (languages: {codes})</source>
        <translation>未知语言 {code}(语言:{codes})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="180"/>
        <source>give a scenario file, or --mt5 for the running terminal</source>
        <translation>请给出情景文件, 或用 --mt5 读取正在运行的终端</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="208"/>
        <source>must be from 2 to {most}</source>
        <translation>必须在 2 到 {most} 之间</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="212"/>
        <location filename="../../core/files/file_fields.py" line="72"/>
        <source>must be a finite number</source>
        <translation>必须是有限数</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="214"/>
        <location filename="../../core/overview/what_if.py" line="160"/>
        <source>a price must be greater than 0</source>
        <translation>价格必须大于 0</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="216"/>
        <source>must be greater than --from</source>
        <translation>必须大于 --from</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="229"/>
        <source>the amounts are too large to compute along this range</source>
        <translation>金额太大,无法在此范围内计算</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="253"/>
        <source>note: {note}</source>
        <translation>注意:{note}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="181"/>
        <source>the amounts are too large to compute: check prices, lots and contract sizes</source>
        <translation>金额太大,无法计算:请检查价格、手数和合约大小</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="197"/>
        <source>the account is at stop out now: the broker closes positions</source>
        <translation>账户现已强制平仓:经纪商正在平仓</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="201"/>
        <source>the account is at margin call now</source>
        <translation>账户现处于追加预付款状态</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="213"/>
        <source>unlimited leverage is not granted ({missing}): the account gets {leverage}</source>
        <translation>未获得无限杠杆({missing}):账户获得 {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="224"/>
        <source>equity of {amount} {currency} limits leverage to {leverage} (selected {selected})</source>
        <translation>净值 {amount} {currency} 将杠杆限制为 {leverage}(所选 {selected})</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="237"/>
        <source>restricted market: high-margin-period caps apply</source>
        <translation>市场受限:适用高预付款时段上限</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="245"/>
        <source>free margin is {amount} {currency}: no new positions</source>
        <translation>可用预付款为 {amount} {currency}:无法开新仓</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="277"/>
        <source>{count} more orders fill further below</source>
        <translation>另有 {count} 个订单在更低处成交</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="279"/>
        <source>{count} more orders fill further above</source>
        <translation>另有 {count} 个订单在更高处成交</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="41"/>
        <source>must be an object, not {value}</source>
        <translation>必须是对象,而不是{value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="49"/>
        <source>unknown field (allowed: {fields})</source>
        <translation>未知字段(允许:{fields})</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="54"/>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="69"/>
        <source>must be a number, not {value}</source>
        <translation>必须是数字,而不是{value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="75"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="79"/>
        <source>must be greater than {limit}</source>
        <translation>必须大于 {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="83"/>
        <source>must be at least {limit}</source>
        <translation>必须至少为 {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="87"/>
        <source>must be at most {limit} in size</source>
        <translation>绝对值不得超过 {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="95"/>
        <source>must be a string, not {value}</source>
        <translation>必须是字符串,而不是{value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="103"/>
        <source>must be one of {choices}, not {value}</source>
        <translation>必须是 {choices} 之一,而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="117"/>
        <source>must be a three-letter currency code such as USD, not {value}</source>
        <translation>必须是三个字母的货币代码(如 USD),而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="126"/>
        <source>must be true or false, not {value}</source>
        <translation>必须是 true 或 false,而不是{value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="138"/>
        <source>must be a number greater than 0 or &quot;unlimited&quot;, not {value}</source>
        <translation>必须是大于 0 的数字或 &quot;unlimited&quot;,而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="147"/>
        <source>must be a list of strings, not {value}</source>
        <translation>必须是字符串列表,而不是{value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="156"/>
        <source>a string (&quot;{text}&quot;)</source>
        <translation>字符串(&quot;{text}&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="170"/>
        <source>the number {number}</source>
        <translation>数字 {number}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="172"/>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="173"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="51"/>
        <source>this scenario names a shipped preset; there is no scheme in it to import</source>
        <translation>此场景使用的是内置预设,其中没有可导入的方案</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="120"/>
        <source>a preset needs a name</source>
        <translation>预设需要一个名称</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="32"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="41"/>
        <source>not valid JSON: {error} at line {line} column {column}</source>
        <translation>不是有效的 JSON:{error},第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="51"/>
        <source>not valid JSON: {error}</source>
        <translation>不是有效的 JSON:{error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="61"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="63"/>
        <source>is a directory, not a file</source>
        <translation>是文件夹,不是文件</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="66"/>
        <source>cannot be read: {error}</source>
        <translation>无法读取:{error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="80"/>
        <source>is not a text (UTF-8) file</source>
        <translation>不是文本(UTF-8)文件</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="66"/>
        <source>a scenario must be a JSON object, not {value}</source>
        <translation>场景必须是 JSON 对象,而不是{value}</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="73"/>
        <source>must be &quot;{format}&quot;</source>
        <translation>必须为 &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="80"/>
        <location filename="../../gui/scenario_controller.py" line="91"/>
        <source>this file is version {version}, written by a newer fxmargin; this fxmargin reads version {supported}</source>
        <translation>此文件为版本 {version},由更新的 fxmargin 写入;此 fxmargin 只能读取版本 {supported}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="390"/>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation>未知预设 {name}(预设:{presets})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="105"/>
        <source>must be an object of facts about where the file came from</source>
        <translation>必须是描述文件来源信息的对象</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="139"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="157"/>
        <source>required when levels_in is &quot;money&quot; (an amount of equity)</source>
        <translation>当 levels_in 为 &quot;money&quot;(净值金额)时必填</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="164"/>
        <source>must not be above margin_call_level</source>
        <translation>不得高于 margin_call_level</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="174"/>
        <source>must be an object mapping symbols to instrument definitions</source>
        <translation>必须是从品种到品种定义的对象</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="201"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="219"/>
        <source>must be an object mapping symbols to prices</source>
        <translation>必须是从品种到价格的对象</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="248"/>
        <source>must be at least the bid ({bid})</source>
        <translation>必须不低于卖价 Bid({bid})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="258"/>
        <source>must be an array of positions</source>
        <translation>必须是持仓数组</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="336"/>
        <source>must be an array of pending orders</source>
        <translation>必须是挂单数组</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="365"/>
        <source>a stop-limit order needs its stop price (the trigger)</source>
        <translation>止损限价单需要止损价(触发价)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="368"/>
        <source>only stop-limit orders have a stop</source>
        <translation>只有止损限价单有止损价</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="26"/>
        <source>unknown symbol {symbol} (did you mean {close}?)</source>
        <translation>未知品种 {symbol}(您是指 {close} 吗?)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="28"/>
        <source>unknown symbol {symbol}; define it under &quot;instruments&quot;</source>
        <translation>未知品种 {symbol};请在 &quot;instruments&quot; 下定义</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="16"/>
        <source>no price for {symbol} under &quot;prices&quot;</source>
        <translation>&quot;prices&quot; 下没有 {symbol} 的价格</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="62"/>
        <source>{error} (the scheme counts tiers in {currency})</source>
        <translation>{error}(该方案以 {currency} 计算档位)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="78"/>
        <source>stop out ({stop}%) must not be above margin call ({call}%)</source>
        <translation>强制平仓({stop}%)不得高于追加预付款({call}%)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="100"/>
        <source>the {type} {lots} {symbol} at {price} is already reached by the {side} {market}: the terminal would have filled it</source>
        <translation>{type} {lots} {symbol} 于 {price} 已被 {side} {market} 触及: 交易终端会已成交</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="139"/>
        <source>the positions counted together in {scope} take different volume_tiers ladders ({taken}): choose a finer volume_scope</source>
        <translation>在 {scope} 中合并计算的持仓使用了不同的 volume_tiers 档位({taken}):请选择更细的 volume_scope</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="65"/>
        <source>must be a list of tiers such as [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</source>
        <translation>必须是档位列表,例如 [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="84"/>
        <source>the first tier must start at 0</source>
        <translation>第一档必须从 0 开始</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="87"/>
        <source>tiers must strictly increase</source>
        <translation>档位必须严格递增</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="168"/>
        <source>must be between 0 and 1 (the share of hedged volume margined)</source>
        <translation>必须在 0 到 1 之间(计算预付款的对冲手数比例)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="175"/>
        <source>must be one of {modes}, a share between 0 and 1, or a map of classes to those, not {value}</source>
        <translation>必须是 {modes} 之一、0 到 1 之间的比例,或类别到这些值的映射,而不是{value}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="195"/>
        <location filename="../../core/files/scheme_file.py" line="225"/>
        <source>unknown instrument class (one of {classes})</source>
        <translation>未知的品种类别({classes} 之一)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="212"/>
        <source>must be an object mapping instrument classes to leverage</source>
        <translation>必须是从品种类别到杠杆的对象</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="220"/>
        <source>unknown instrument class (one of {classes}) or symbol (upper case, as XAGUSD)</source>
        <translation>未知的品种类别({classes} 之一)或品种(大写,如 XAGUSD)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="271"/>
        <source>must be an object mapping account types to {{margin_call, stop_out}}</source>
        <translation>必须是从账户类型到 {{margin_call, stop_out}} 的对象</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="380"/>
        <source>an example of this kind of rule, not a broker&apos;s own table</source>
        <translation>此类规则的示例, 不是经纪商自己的表格</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="382"/>
        <source>kept for files made with it; for this broker pick {preset}</source>
        <translation>为用它创建的文件保留; 此经纪商请选择 {preset}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="116"/>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="24"/>
        <source>switch to a {choice} account</source>
        <translation>改用 {choice} 账户</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="25"/>
        <source>switch to one of these accounts: {choice}</source>
        <translation>改用以下账户之一:{choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="28"/>
        <source>open the account on {choice}</source>
        <translation>在 {choice} 上开户</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="29"/>
        <source>open the account on one of: {choice}</source>
        <translation>在以下平台之一开户:{choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="71"/>
        <source>below {amount} {currency}</source>
        <translation>低于 {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="77"/>
        <source>equity must be below the limit, not at it</source>
        <translation>净值必须低于上限,不能等于上限</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="80"/>
        <source>equity {amount} {currency} over the limit</source>
        <translation>净值超出上限 {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="127"/>
        <source>at least {count}</source>
        <translation>至少 {count}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="130"/>
        <source>1 more closed trade</source>
        <translation>还需 1 笔已平仓交易</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="132"/>
        <source>{count} more closed trades</source>
        <translation>还需 {count} 笔已平仓交易</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="143"/>
        <source>at least {lots} lots</source>
        <translation>至少 {lots} 手</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="144"/>
        <source>{lots} more closed lots</source>
        <translation>还需 {lots} 手已平仓手数</translation>
    </message>
    <message>
        <location filename="../../core/model/conversion.py" line="56"/>
        <source>no price converts {source} to {target}; add a price for {pair}</source>
        <translation>没有价格可将 {source} 换算为 {target};请添加 {pair} 的价格</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="32"/>
        <source>at the current price</source>
        <translation>按当前价格</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="33"/>
        <source>at the open price</source>
        <translation>按开仓价</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="38"/>
        <source>below</source>
        <translation>下方</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="39"/>
        <source>above</source>
        <translation>上方</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="40"/>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="41"/>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="78"/>
        <source>none up to {pips} pips</source>
        <translation>在 {pips} 点以内都不会</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="80"/>
        <location filename="../../core/report.py" line="223"/>
        <location filename="../../core/report.py" line="475"/>
        <source>reached now</source>
        <translation>已触及</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="81"/>
        <source>{pips} pips</source>
        <translation>{pips} 点</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="191"/>
        <source>never: only the analysed symbol&apos;s price moves</source>
        <translation>不会成交: 只有分析品种的价格在变</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="193"/>
        <source>{pips} pips {side} ({price})</source>
        <translation>{pips} 点 {side} ({price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="204"/>
        <location filename="../../core/report.py" line="477"/>
        <location filename="../../core/report.py" line="488"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="206"/>
        <source>{pips} pips {side} ({price}, {percent}), equity {change} {currency}</source>
        <translation>{side} {pips} 点({price},{percent}),净值 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="228"/>
        <source>none below</source>
        <translation>下方无</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="230"/>
        <source>none above</source>
        <translation>上方无</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="241"/>
        <source>STOP OUT</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="245"/>
        <location filename="../../core/report.py" line="246"/>
        <source>MARGIN CALL</source>
        <translation>追加预付款</translation>
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
        <translation>距离 {pips} 点(下跌至 {price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="268"/>
        <source>{pips} pips away (a rise to {price})</source>
        <translation>距离 {pips} 点(上涨至 {price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="270"/>
        <source>{level} {away}</source>
        <translation>{level}{away}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="275"/>
        <source>none (no margin)</source>
        <translation>无(没有预付款)</translation>
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
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="35"/>
        <location filename="../../core/overview/printed.py" line="13"/>
        <location filename="../../core/report.py" line="292"/>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="36"/>
        <location filename="../../core/report.py" line="294"/>
        <source>Credit</source>
        <translation>信用额</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="17"/>
        <location filename="../../core/report.py" line="295"/>
        <source>Floating P/L</source>
        <translation>浮动盈亏</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="14"/>
        <location filename="../../core/report.py" line="296"/>
        <source>Equity</source>
        <translation>净值</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="15"/>
        <location filename="../../core/report.py" line="297"/>
        <location filename="../../core/report.py" line="328"/>
        <location filename="../../core/report.py" line="549"/>
        <source>Margin</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="16"/>
        <location filename="../../core/report.py" line="298"/>
        <location filename="../../core/report.py" line="550"/>
        <source>Free margin</source>
        <translation>可用预付款</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="299"/>
        <location filename="../../core/report.py" line="551"/>
        <source>Margin level</source>
        <translation>预付款比例</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="41"/>
        <location filename="../../core/report.py" line="309"/>
        <location filename="../../core/report.py" line="329"/>
        <location filename="../../core/report.py" line="552"/>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="301"/>
        <source>{effective} (selected {selected}, granted {granted})</source>
        <translation>{effective}(所选 {selected},获批 {granted})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="308"/>
        <source>{leverage}; {charged}</source>
        <translation>{leverage}; {charged}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="310"/>
        <source>Margin basis</source>
        <translation>预付款计算价格</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="312"/>
        <source>Margin call / stop out</source>
        <translation>追加预付款 / 强制平仓</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="315"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="319"/>
        <source>Positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="34"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="37"/>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="38"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="39"/>
        <source>Closed trades</source>
        <translation>已平仓交易</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="40"/>
        <source>Closed lots</source>
        <translation>已平仓手数</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="53"/>
        <source>Levels in</source>
        <translation>比例单位</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="56"/>
        <location filename="../../core/report.py" line="323"/>
        <location filename="../../core/report.py" line="358"/>
        <source>Symbol</source>
        <translation>交易品种</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="57"/>
        <location filename="../../core/report.py" line="324"/>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="58"/>
        <location filename="../../core/report.py" line="325"/>
        <location filename="../../core/report.py" line="359"/>
        <source>Lots</source>
        <translation>手数</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="59"/>
        <source>Open</source>
        <translation>开仓价</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="60"/>
        <source>Swap</source>
        <translation>隔夜利息</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="61"/>
        <source>Comm.</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="66"/>
        <source>Opened at leverage</source>
        <translation>开仓杠杆</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="69"/>
        <source>Restr.</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="326"/>
        <source>Notional</source>
        <translation>名义价值</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="327"/>
        <source>P/L</source>
        <translation>盈亏</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="352"/>
        <source>Pending orders (margin now counts none; each fills as the price moves)</source>
        <translation>挂单 (当前保证金不计任何挂单; 价格到达时逐个成交)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="357"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="360"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="361"/>
        <source>Margin after</source>
        <translation>成交后保证金</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="362"/>
        <source>Fills at</source>
        <translation>成交位置</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="390"/>
        <source>Price levels of {symbol} (mid; all other prices and the spread fixed)</source>
        <translation>{symbol} 的价格水平(中间价;其他所有价格和点差不变)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="395"/>
        <source>Price levels of {symbol} (mid; all other prices fixed)</source>
        <translation>{symbol} 的价格水平(中间价;其他所有价格不变)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="46"/>
        <location filename="../../core/report.py" line="400"/>
        <location filename="../../core/report.py" line="553"/>
        <source>Margin call</source>
        <translation>追加预付款</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="51"/>
        <location filename="../../core/report.py" line="401"/>
        <location filename="../../core/report.py" line="554"/>
        <source>Stop out</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="410"/>
        <source>Spread of {symbol} (mid fixed; now {pips} pips)</source>
        <translation>{symbol} 的点差(中间价不变;当前 {pips} 点)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="417"/>
        <source>Margin call at</source>
        <translation>追加预付款于</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="418"/>
        <source>Stop out at</source>
        <translation>强制平仓于</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="426"/>
        <source>Unlimited leverage: eligible</source>
        <translation>无限杠杆:符合条件</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="428"/>
        <source>Unlimited leverage: not eligible</source>
        <translation>无限杠杆:不符合条件</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="439"/>
        <source>required {requirement}</source>
        <translation>要求 {requirement}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="444"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="480"/>
        <source>{price} ({pips} pips {side})</source>
        <translation>{price}({side} {pips} 点)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="498"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage}(第 {tier} 档)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="528"/>
        <source>It never fills in the searched range of prices.</source>
        <translation>在搜索的价格范围内不会成交。</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="530"/>
        <source>It fills {where}: margin {before} -&gt; {after} {currency}</source>
        <translation>成交于{where}: 保证金 {before} -&gt; {after} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="542"/>
        <source>REFUSED: free margin after would be {amount} {currency}</source>
        <translation>拒绝: 下单后可用保证金将为 {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="568"/>
        <source>What if: {orders} (a pending order opens when the price reaches it)</source>
        <translation>假如:{orders}(挂单在价格到达时开仓)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="572"/>
        <source>What if: {orders} (at the ask or the bid now)</source>
        <translation>假如:{orders}(按当前卖价或买价)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="585"/>
        <source>   (level prices of {symbol})</source>
        <translation>   ({symbol} 的价格水平)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="592"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="595"/>
        <source>After the orders</source>
        <translation>下单之后</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="136"/>
        <source>the statement prints no balance</source>
        <translation>对账单未显示结余</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="215"/>
        <source>leverage {leverage} as given</source>
        <translation>杠杆 {leverage}(按指定)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="219"/>
        <source>leverage {leverage} as the statement shows</source>
        <translation>杠杆 {leverage}(按对账单)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="196"/>
        <location filename="../../core/statements/mt4.py" line="124"/>
        <source>the statement does not show the leverage</source>
        <translation>对账单未显示杠杆</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="197"/>
        <location filename="../../core/statements/mt5.py" line="100"/>
        <source>MetaTrader 5 reports do not show the leverage</source>
        <translation>MetaTrader 5 报告不显示杠杆</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="235"/>
        <source>the statement does not show its currency: USD assumed</source>
        <translation>对账单未显示货币:假定为 USD</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="182"/>
        <source>no price for {symbol} in the statement ({reason}): add it</source>
        <translation>对账单中没有 {symbol} 的价格({reason}):请添加</translation>
    </message>
    <message>
        <location filename="../../core/statements/file_kind.py" line="34"/>
        <source>neither an fxmargin scenario (JSON) nor a MetaTrader statement (HTML or XLSX)</source>
        <translation>既不是 fxmargin 场景 (JSON) 也不是 MetaTrader 报告 (HTML 或 XLSX)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="184"/>
        <source>the profits of {count} positions ({symbols}) come out a {unit} off the printed ones: the terminal converted them at another rate than the middle of the prices the statement prints</source>
        <translation>{count} 个持仓 ({symbols}) 的盈亏与打印值相差 {unit}: 终端按另一汇率换算, 而非报告所印价格的中间价</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="188"/>
        <source>the file does not print {pair}, and the broker&apos;s margin of {symbols} goes through it: the printed margin needs {pair} {needed}, where the statement&apos;s own prices give {now}</source>
        <translation>文件没有打印 {pair}, 而经纪商对 {symbols} 的保证金经由它换算: 打印的保证金需要 {pair} {needed}, 而报告自身的价格给出 {now}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="347"/>
        <source>the statement prints one side of the price of {symbols} (the bid on a buy, the ask on a sell): their spread is not in it</source>
        <translation>报告只打印了 {symbols} 价格的一侧(买单为 Bid 卖价, 卖单为 Ask 买价): 其中没有点差</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="418"/>
        <source>{pair} {price} implied by the printed profits of {count} positions in {quote} ({symbols}), to within {share}</source>
        <translation>{pair} {price} 由 {quote} 计价的 {count} 个持仓({symbols})的报告盈亏推算, 误差在 {share} 以内</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="461"/>
        <source>the {type} {lots} {symbol} at {price} is left out: the statement&apos;s price already reaches it</source>
        <translation>{type} {lots} {symbol} 于 {price} 未导入: 报告中的价格已触及它</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="494"/>
        <source>leverage not in the file and no margin to match: 1:100 assumed; set the leverage (--leverage on the command line)</source>
        <translation>文件中没有杠杆,也没有可对照的预付款:假定为 1:100;请设置杠杆(命令行中用 --leverage)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="533"/>
        <source>the margin cannot be computed without the missing prices, so no rule was searched for: {leverage} used; set the leverage (--leverage on the command line)</source>
        <translation>缺少价格, 无法计算预付款, 未查找规则: 使用 {leverage}; 请设置杠杆(命令行中为 --leverage)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="583"/>
        <source>{leverage} with the {preset} preset</source>
        <translation>{leverage}, 预设 {preset}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="630"/>
        <source>the statement&apos;s free margin is the balance less the margin: the broker leaves the floating P/L out of free margin (a server setting). fxmargin&apos;s free margin includes it; margin level, margin call and stop out do in both</source>
        <translation>报告的可用保证金是余额减保证金: 经纪商不把浮动盈亏计入可用保证金 (服务器设置)。fxmargin 的可用保证金包含它; 保证金水平、追加保证金和强制平仓在两者中都包含它</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="63"/>
        <source>summary (balance, equity)</source>
        <translation>汇总(结余、净值)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="84"/>
        <source>row {row}: trade type {kind} skipped</source>
        <translation>第 {row} 行:已跳过交易类型 {kind}</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="90"/>
        <source>row {row}: a {kind} row with too few cells, skipped</source>
        <translation>第 {row} 行:{kind} 行的单元格太少,已跳过</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="105"/>
        <source>size {text} is not a number</source>
        <translation>手数 {text} 不是数字</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="117"/>
        <source>{count} broker archive rows (item &apos;profit&apos;) not counted as trades</source>
        <translation>{count} 行经纪商存档记录(项目 &apos;profit&apos;)未计为交易</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="172"/>
        <location filename="../../core/statements/mt5.py" line="166"/>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} 不是数字</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="70"/>
        <source>account block (balance, equity)</source>
        <translation>账户区块(结余、净值)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="152"/>
        <source>row {row}: order type {kind} skipped</source>
        <translation>第 {row} 行: 跳过订单类型 {kind}</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="88"/>
        <source>not a MetaTrader statement</source>
        <translation>不是 MetaTrader 对账单</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="97"/>
        <source>the {block} is missing: the file looks cut short</source>
        <translation>缺少{block}:文件似乎不完整</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="109"/>
        <source>symbol {symbol} is not in the catalog: complete its instrument</source>
        <translation>品种 {symbol} 不在目录中:请补全其品种信息</translation>
    </message>
    <message>
        <location filename="../../core/statements/xlsx_rows.py" line="44"/>
        <source>not a readable XLSX workbook ({error})</source>
        <translation>不是可读的 XLSX 工作簿({error})</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="70"/>
        <source>a scenario must be a JSON object</source>
        <translation>场景必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <location filename="../../gui/scenario_controller.py" line="84"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="555"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="589"/>
        <source>appears in two rows</source>
        <translation>在两行中重复出现</translation>
    </message>
    <message>
        <location filename="../../core/formatting.py" line="9"/>
        <source>unlimited</source>
        <translation>无限</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="322"/>
        <source>hedged lots margined in full</source>
        <translation>对冲手数全额收取预付款</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="323"/>
        <source>hedged lots not margined (net)</source>
        <translation>对冲手数不收预付款(净额)</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="324"/>
        <source>hedges margined on their larger leg</source>
        <translation>对冲按较大一方收取预付款</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="325"/>
        <source>hedged lots at 50%</source>
        <translation>对冲手数按 50%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="326"/>
        <source>hedged lots at 25%</source>
        <translation>对冲手数按 25%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="338"/>
        <source>{symbol} margined {times} times</source>
        <translation>{symbol} 预付款为 {times} 倍</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="346"/>
        <source>{group} at {leverage}</source>
        <translation>{group} 为 {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="352"/>
        <source>margin at the open price</source>
        <translation>按开仓价计算预付款</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="354"/>
        <source>margin at the current price</source>
        <translation>按当前价格计算预付款</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="358"/>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="53"/>
        <source>several rules reproduce the printed margin {margin}, so the rule is not determined: {rules}. The closest account-wide rule, {rule}, is used: it gives {computed}</source>
        <translation>有多条规则能重现报告的预付款 {margin}, 因此规则无法确定: {rules}。使用最接近的全账户规则 {rule}: 得出 {computed}</translation>
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
        <translation>没有规则能重现报告的预付款 {margin}: 最接近的 {rule} 得出 {computed}(相差 {difference})</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="363"/>
        <source>{rule} reproduces the printed margin {margin}</source>
        <translation>{rule} 重现报告的预付款 {margin}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="400"/>
        <source>the statement fits other rules as well: {rules}</source>
        <translation>报告也符合其他规则: {rules}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="22"/>
        <source>Not reproduced: margin {computed}, statement {printed} {currency}: {reason}</source>
        <translation>未重现: 保证金 {computed}, 报告 {printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="25"/>
        <source>Not reproduced: equity {computed}, statement {printed} {currency}: {reason}</source>
        <translation>未重现: 净值 {computed}, 报告 {printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="60"/>
        <source>open positions not read</source>
        <translation>未读到持仓</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="62"/>
        <source>the scenario cannot be computed</source>
        <translation>无法计算该场景</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="66"/>
        <source>Not reproduced: fxmargin cannot compute the margin ({reason}); the statement prints {printed} {currency}</source>
        <translation>未重现: fxmargin 无法计算保证金 ({reason}); 报告打印为 {printed} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="78"/>
        <source>Reproduced: margin and equity as the statement prints them ({printed} and {equity} {currency})</source>
        <translation>已重现: 保证金和净值与报告打印一致 ({printed} 和 {equity} {currency})</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="89"/>
        <source>Reproduced within what the statement&apos;s prices leave uncertain: margin {computed}, statement {printed} {currency} (see the notes)</source>
        <translation>在报告价格留下的不确定范围内重现: 保证金 {computed}, 报告 {printed} {currency} (见注释)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="98"/>
        <source>some positions&apos; profits differ from the printed ones (see the notes)</source>
        <translation>部分持仓的盈亏与打印值不同 (见注释)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="100"/>
        <source>the prices differ from the statement&apos;s</source>
        <translation>价格与报告的不同</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="121"/>
        <location filename="../../core/statements/reproduction.py" line="131"/>
        <source>the leverage, the scheme or the prices differ from the broker&apos;s</source>
        <translation>杠杆、方案或价格与经纪商的不同</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="123"/>
        <source>the scenario changed since the import: find the broker&apos;s rule again</source>
        <translation>导入后场景已更改: 请重新查找经纪商的规则</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="126"/>
        <source>the file does not print the broker&apos;s {pair}</source>
        <translation>文件没有打印经纪商的 {pair}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="128"/>
        <source>several rules fit, so the broker&apos;s rule is not determined</source>
        <translation>有多条规则符合, 因此无法确定经纪商的规则</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="130"/>
        <source>no rule tried reproduces it</source>
        <translation>尝试过的规则都无法重现</translation>
    </message>
    <message>
        <location filename="../../core/result.py" line="108"/>
        <source>charged {charged} on average</source>
        <translation>平均按 {charged} 收取</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="72"/>
        <source>line {line}: {problem}</source>
        <translation>第 {line} 行: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="80"/>
        <source>{symbol} is not a symbol fxmargin knows</source>
        <translation>{symbol} 不是 fxmargin 认识的品种</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="84"/>
        <source>needs a price after the symbol</source>
        <translation>品种后面需要价格</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="89"/>
        <source>the ask is not a price</source>
        <translation>ask 不是价格</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="92"/>
        <source>the ask is below the bid</source>
        <translation>ask 低于 bid</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="94"/>
        <source>{call} failed: {words} (terminal error {code})</source>
        <translation>{call} 失败: {words} (终端错误 {code})</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="347"/>
        <source>the MetaTrader5 package is not installed: the live link works on Windows, with pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>未安装 MetaTrader5 包: 实时连接仅在 Windows 上可用, 安装方法 pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="360"/>
        <source>no terminal answers: {words} (terminal error {code}); start MetaTrader 5 and log in to your account</source>
        <translation>没有终端应答: {words} (终端错误 {code}); 请启动 MetaTrader 5 并登录账户</translation>
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
        <translation>{price} 的 buy limit {lots} {symbol} 在下方 {pips} 点成交: 保证金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="115"/>
        <source>the sell stop {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>{price} 的 sell stop {lots} {symbol} 在下方 {pips} 点成交: 保证金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="120"/>
        <source>the sell stop limit {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>{price} 的 sell stop limit {lots} {symbol} 在下方 {pips} 点成交: 保证金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="125"/>
        <source>the sell limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>{price} 的 sell limit {lots} {symbol} 在上方 {pips} 点成交: 保证金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="130"/>
        <source>the buy stop {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>{price} 的 buy stop {lots} {symbol} 在上方 {pips} 点成交: 保证金 {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="135"/>
        <source>the buy stop limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>{price} 的 buy stop limit {lots} {symbol} 在上方 {pips} 点成交: 保证金 {change} {currency}</translation>
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
        <translation>此副本缺少所附程序库及其许可证的列表。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="44"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({key}), checked {date}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;({key}),核对于 {date}</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="50"/>
        <source>Brokers change their terms: check yours. Each preset&apos;s numbers were read in the source below on the date given.</source>
        <translation>经纪商会更改条款:请核对您的经纪商。每个预设的数字均按所示日期从下方来源读取。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="61"/>
        <source>About fxmargin</source>
        <translation>关于 fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="63"/>
        <source>Margin, free margin, margin level, and the prices where margin call and stop out come, for accounts with floating leverage. Offline: nothing is sent anywhere.</source>
        <translation>浮动杠杆账户的预付款、可用预付款、预付款比例,以及追加预付款和强制平仓出现的价格。离线运行:不发送任何数据。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="67"/>
        <source>MIT licence. Qt and PySide6 under the GNU LGPL 3.0, other libraries under their own licences (Licences tab).</source>
        <translation>MIT 许可证。Qt 和 PySide6 采用 GNU LGPL 3.0,其他程序库采用各自的许可证(见“许可证”标签页)。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="80"/>
        <source>Where the preset numbers come from</source>
        <translation>预设数字的来源</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="81"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="83"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="68"/>
        <source>Broker and account</source>
        <translation>经纪商和账户</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="89"/>
        <source>Broker &amp;scheme</source>
        <translation>经纪商方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="99"/>
        <source>Account type; unlimited leverage and the broker&apos;s levels depend on it.</source>
        <translation>账户类型;无限杠杆和经纪商的预付款比例取决于它。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="101"/>
        <source>Account &amp;type</source>
        <translation>账户类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="105"/>
        <source>Trading platform; Exness grants unlimited leverage on MT4 only.</source>
        <translation>交易平台;Exness 仅在 MT4 上授予无限杠杆。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="107"/>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="118"/>
        <source>Account currency: balance, equity and margin are in it. USC = US cents.</source>
        <translation>账户货币:结余、净值和预付款均以其计。USC = 美分。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="120"/>
        <source>C&amp;urrency</source>
        <translation>货币(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="122"/>
        <source>Balance: deposits plus closed profit.</source>
        <translation>结余:入金加已平仓盈利。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="124"/>
        <source>&amp;Balance</source>
        <translation>结余(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="126"/>
        <source>Credit (bonus) the broker adds to equity.</source>
        <translation>经纪商加到净值中的信用额(赠金)。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="128"/>
        <source>C&amp;redit</source>
        <translation>信用额(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="133"/>
        <source>The leverage you picked (1:500 or Unlimited). The broker&apos;s rules may grant less.</source>
        <translation>您选择的杠杆(1:500 或无限)。经纪商的规则可能给得更少。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="138"/>
        <source>&amp;Leverage 1:</source>
        <translation>杠杆 1:(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="142"/>
        <source>Closed trades so far (pending orders do not count).</source>
        <translation>目前为止的已平仓交易(挂单不计)。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="145"/>
        <source>Lots of closed trades so far.</source>
        <translation>目前为止已平仓交易的手数。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="148"/>
        <source>lots</source>
        <translation>手</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="150"/>
        <source>Closed trades</source>
        <translation>已平仓交易</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="156"/>
        <source>Margin call level; empty: the broker&apos;s for this account type.</source>
        <translation>追加预付款比例;留空:使用经纪商对此账户类型的设定。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="160"/>
        <source>Stop-out level; empty: the broker&apos;s for this account type.</source>
        <translation>强制平仓比例;留空:使用经纪商对此账户类型的设定。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="165"/>
        <source>Levels in percent of margin, or as amounts of equity.</source>
        <translation>比例以预付款百分比表示,或以净值金额表示。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="172"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="173"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="178"/>
        <source>Margin call</source>
        <translation>追加预付款</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="179"/>
        <source>Stop out</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="181"/>
        <source>Restricted market</source>
        <translation>受限市场</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="184"/>
        <source>The broker&apos;s caps in volatile periods (Exness: forex and gold 1:200, silver 1:100, oil 1:20).</source>
        <translation>经纪商在波动时段的上限(Exness:外汇和黄金 1:200,白银 1:100,原油 1:20)。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="248"/>
        <source>Older presets and examples:</source>
        <translation>旧预设和示例:</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="263"/>
        <source>{name} — my preset</source>
        <translation>{name} — 我的预设</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="331"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="337"/>
        <source>{name} (in this file)</source>
        <translation>{name}(在此文件中)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="350"/>
        <source>{description}

Source: {source}</source>
        <translation>{description}

来源:{source}</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="356"/>
        <source>A scheme defined in this file.</source>
        <translation>在此文件中定义的方案。</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="17"/>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="18"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="19"/>
        <source>Equity</source>
        <translation>净值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="20"/>
        <source>Closed trades</source>
        <translation>已平仓交易</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="21"/>
        <source>Closed lots</source>
        <translation>已平仓手数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="27"/>
        <source>Unlimited leverage checklist</source>
        <translation>无限杠杆条件清单</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="66"/>
        <source>This scheme has no conditions for unlimited leverage.</source>
        <translation>此方案没有无限杠杆的条件。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="68"/>
        <source>&lt;b&gt;Eligible&lt;/b&gt; for unlimited leverage.</source>
        <translation>&lt;b&gt;符合&lt;/b&gt;无限杠杆条件。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="70"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;: picking Unlimited gives {leverage}.</source>
        <translation>&lt;b&gt;不符合条件&lt;/b&gt;:选择无限杠杆将得到 {leverage}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="75"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; for unlimited leverage (you picked a fixed leverage).</source>
        <translation>&lt;b&gt;不符合&lt;/b&gt;无限杠杆条件(您选择了固定杠杆)。</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../gui/error_reporting.py" line="38"/>
        <source>(the log could not be written: {error})</source>
        <translation>(无法写入日志:{error})</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="44"/>
        <source>fxmargin: unexpected error</source>
        <translation>fxmargin:意外错误</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="45"/>
        <source>Something went wrong: {kind}: {error}

Your work is kept; the last good results stay on screen.
Details: {where}</source>
        <translation>出错了:{kind}:{error}

您的工作已保留;最后的有效结果仍显示在屏幕上。
详情:{where}</translation>
    </message>
</context>
<context>
    <name>Leverage</name>
    <message>
        <location filename="../../gui/common/number_text.py" line="16"/>
        <source>Unlimited</source>
        <translation>无限</translation>
    </message>
</context>
<context>
    <name>LeverageChart</name>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="36"/>
        <source>Leverage 1:</source>
        <translation>杠杆 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="66"/>
        <source>unlimited</source>
        <translation>无限</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <location filename="../../gui/live_link.py" line="23"/>
        <source>Needs MetaQuotes&apos; MetaTrader5 package, which runs on Windows: pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>需要 MetaQuotes 的 MetaTrader5 包, 仅在 Windows 上运行: pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="72"/>
        <source>the terminal&apos;s answer could not be read: {error}</source>
        <translation>无法读取终端的应答: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="110"/>
        <source>MetaTrader 5: connecting…</source>
        <translation>MetaTrader 5: 正在连接…</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="122"/>
        <source>MetaTrader 5: disconnected</source>
        <translation>MetaTrader 5: 已断开</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="129"/>
        <source>MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>MetaTrader 5: {server}, 账户 {account}, 读取于 {time}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="139"/>
        <source>MetaTrader 5: {reason}</source>
        <translation>MetaTrader 5: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="142"/>
        <source>MetaTrader 5: {reason}; showing the reading of {time}</source>
        <translation>MetaTrader 5: {reason}; 显示 {time} 的读数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>fxmargin scenarios (*.json);;MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>fxmargin 场景 (*.json);;MetaTrader 对账单 (*.htm *.html *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79"/>
        <source>MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>MetaTrader 对账单 (*.htm *.html *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>Stress tests</source>
        <translation>压力测试</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Positions ({count})</source>
        <translation>持仓 ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>Pending orders ({count})</source>
        <translation>挂单 ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>&amp;Import statement…</source>
        <translation>导入结单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Open the &amp;example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>导出结果 (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>&amp;Connect to MetaTrader 5</source>
        <translation>连接 MetaTrader 5(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>&amp;Disconnect from MetaTrader 5</source>
        <translation>断开 MetaTrader 5(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
        <source>&amp;Copy results</source>
        <translation>复制结果(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Every figure of the results, as text</source>
        <translation>结果的全部数字, 文本格式</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>Copy results as CS&amp;V</source>
        <translation>复制结果为 CSV(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>&amp;Scheme</source>
        <translation>杠杆方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>&amp;Save as my preset…</source>
        <translation>另存为我的预设(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318"/>
        <source>&amp;My presets…</source>
        <translation>我的预设(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332"/>
        <source>&amp;About fxmargin</source>
        <translation>关于 fxmargin(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="359"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="360"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>fxmargin 下次启动时将使用{language}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="366"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>Cannot save the preset</source>
        <translation>无法保存预设</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="456"/>
        <source>The scheme has problems; fix them first (Scheme &gt; Edit…):</source>
        <translation>方案有问题;请先修正(杠杆方案 &gt; 编辑…):</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="650"/>
        <source>Save scenario</source>
        <translation>保存情景</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="652"/>
        <source>fxmargin scenarios (*.json)</source>
        <translation>fxmargin 情景 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="512"/>
        <source>{file} (imported)</source>
        <translation>{file}(已导入)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="514"/>
        <source>example (unsaved)</source>
        <translation>示例(未保存)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="516"/>
        <source>new scenario (unsaved)</source>
        <translation>新场景(未保存)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="554"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="555"/>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation>此场景有未保存的更改。先保存吗?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="577"/>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="587"/>
        <source>Import a MetaTrader statement</source>
        <translation>导入 MetaTrader 对账单</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="78"/>
        <location filename="../../gui/main_window.py" line="613"/>
        <source>Cannot open this file</source>
        <translation>无法打开此文件</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="660"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="674"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="723"/>
        <source>a new scenario</source>
        <translation>新场景</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="726"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="728"/>
        <source>fxmargin closed on {time} without saving your changes to {name}. Restore them?</source>
        <translation>fxmargin 于 {time} 关闭,未保存您对 {name} 的更改。要恢复吗?</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="41"/>
        <source>New order (what if)</source>
        <translation>新订单(假如)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="53"/>
        <source>lots</source>
        <translation>手</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="82"/>
        <source>Lots from size by risk</source>
        <translation>按风险仓位计算手数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="89"/>
        <source>Most lots</source>
        <translation>最大手数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="85"/>
        <source>The lots of this order&apos;s symbol and side that risk what Tools&apos; position size by risk asks (its stop, risk and commission)</source>
        <translation>按工具中按风险计算仓位 (止损、风险和佣金) 的要求, 本订单品种和方向的手数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="91"/>
        <source>The most lots of this order&apos;s symbol and side that free margin allows</source>
        <translation>可用保证金允许的本订单品种和方向的最多手数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="99"/>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to positions</source>
        <translation>加入持仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="64"/>
        <source>at market</source>
        <translation>市价</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="65"/>
        <source>limit order at</source>
        <translation>限价单于</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="66"/>
        <source>stop order at</source>
        <translation>止损单于</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="69"/>
        <source>A pending order opens when the price reaches it (a buy on the ask, a sell on the bid): a buy limit or sell stop below the market, a buy stop or sell limit above. Nothing is charged until it fills.</source>
        <translation>挂单在价格到达时开仓 (买单按 ask, 卖单按 bid): buy limit 或 sell stop 在市价下方, buy stop 或 sell limit 在上方。成交前不占用保证金。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="76"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="102"/>
        <source>Open this order in the scenario, at the ask (buy) or bid (sell)</source>
        <translation>在场景中按买价(买入)或卖价(卖出)开立此订单</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="141"/>
        <source>Type a symbol and lots to see what the order would do.</source>
        <translation>输入品种和手数,看看该订单会带来什么。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="165"/>
        <source>lots must be a number above 0</source>
        <translation>手数必须是大于 0 的数字</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="173"/>
        <source>the price must be a number above 0</source>
        <translation>价格必须是大于 0 的数字</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to orders</source>
        <translation>加入挂单</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="316"/>
        <source>{fill}. After: {state}</source>
        <translation>{fill}。之后: {state}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="318"/>
        <source>Margin needed {amount} {currency}. After: {state}</source>
        <translation>所需预付款 {amount} {currency}。之后:{state}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="36"/>
        <source>Symbol</source>
        <translation>交易品种</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="37"/>
        <source>Instrument symbol from the catalog</source>
        <translation>目录中的品种代码</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="41"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="42"/>
        <source>buy limit or sell stop: fills on a fall; buy stop or sell limit: fills on a rise. A buy fills on the ask, a sell on the bid</source>
        <translation>buy limit 或 sell stop: 下跌时成交; buy stop 或 sell limit: 上涨时成交。买单按 ask 成交, 卖单按 bid</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="50"/>
        <source>Lots</source>
        <translation>手数</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="51"/>
        <source>Volume in lots the order opens</source>
        <translation>订单开仓的手数</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="55"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="56"/>
        <source>The order&apos;s price: the position opens there (a stop-limit&apos;s limit price)</source>
        <translation>订单价格: 在此开仓 (stop limit 的限价)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="63"/>
        <source>Stop</source>
        <translation>触发价</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="64"/>
        <source>A stop-limit order&apos;s trigger; empty for the other types</source>
        <translation>stop limit 订单的触发价; 其他类型留空</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="69"/>
        <source>Fills at</source>
        <translation>成交位置</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="70"/>
        <source>How far the analysed symbol&apos;s mid moves before the order fills, and that mid; an order on another symbol never fills here (only the analysed price moves)</source>
        <translation>订单成交前分析品种的中间价要移动多远, 以及该中间价; 其他品种的订单在此不会成交 (只有分析的价格在变)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="77"/>
        <source>Margin after</source>
        <translation>成交后保证金</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="78"/>
        <source>The account&apos;s margin once the order has filled (with every order filled on the way); margin now counts no pending order, as the terminal does</source>
        <translation>订单成交后账户的保证金 (含途中成交的所有订单); 与终端一样, 当前保证金不计挂单</translation>
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
        <translation>在此价格已成交</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="151"/>
        <source>never</source>
        <translation>不会成交</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="153"/>
        <source>{pips} pips below ({price})</source>
        <translation>下方 {pips} 点 ({price})</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="155"/>
        <source>{pips} pips above ({price})</source>
        <translation>上方 {pips} 点 ({price})</translation>
    </message>
</context>
<context>
    <name>OrdersTable</name>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="31"/>
        <location filename="../../gui/inputs/orders_table.py" line="88"/>
        <source>Pending orders</source>
        <translation>挂单</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="70"/>
        <source>Add a pending order (Insert)</source>
        <translation>添加挂单 (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="71"/>
        <source>Duplicate the selected order (Ctrl+D)</source>
        <translation>复制所选订单 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="72"/>
        <source>Remove the selected orders (Delete)</source>
        <translation>删除所选订单 (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="75"/>
        <source>Margin now counts none; each fills as the price moves</source>
        <translation>当前保证金不计任何挂单; 价格到达时逐个成交</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="86"/>
        <source>Pending orders (amounts in {currency})</source>
        <translation>挂单(金额以 {currency} 计)</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="37"/>
        <location filename="../../gui/plots/price_plot.py" line="65"/>
        <source>Equity</source>
        <translation>净值</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="40"/>
        <location filename="../../gui/plots/price_plot.py" line="62"/>
        <source>Margin</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="48"/>
        <source>Max leverage 1:</source>
        <translation>最大杠杆 1:</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="51"/>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="74"/>
        <source>Margin ({currency})</source>
        <translation>预付款({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="79"/>
        <source>Equity ({currency})</source>
        <translation>净值({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="90"/>
        <source>unlimited</source>
        <translation>无限</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="98"/>
        <location filename="../../gui/plots/price_plot.py" line="143"/>
        <source>now {price}</source>
        <translation>现在 {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="112"/>
        <source>equity {equity} {currency}:  margin {margin} {currency}  leverage {leverage}</source>
        <translation>净值 {equity} {currency}:  预付款 {margin} {currency}  杠杆 {leverage}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="125"/>
        <location filename="../../gui/plots/level_plot.py" line="113"/>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="54"/>
        <location filename="../../gui/plots/level_plot.py" line="30"/>
        <source>Margin level (%)</source>
        <translation>预付款比例(%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="82"/>
        <source>Orange line: margin call; red line: stop out. + is now. Each cell re-prices the whole account with both prices moved.</source>
        <translation>橙线:追加预付款;红线:强制平仓。+ 为当前。每个格子都在两个价格同时变动时重新计算整个账户。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="123"/>
        <source>The heat map needs positions in two symbols: it moves the two largest.</source>
        <translation>热力图需要两个品种的持仓:它会移动最大的两个。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="147"/>
        <source>{symbol} move (%)</source>
        <translation>{symbol} 变动(%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="162"/>
        <location filename="../../gui/plots/level_plot.py" line="100"/>
        <source>none (no margin)</source>
        <translation>无(没有预付款)</translation>
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
        <translation>追加预付款</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="166"/>
        <location filename="../../gui/plots/price_plot.py" line="39"/>
        <source>stop out</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="168"/>
        <source>{x_symbol} {x_move}%, {y_symbol} {y_move}%: equity {equity}, margin level {level}, {state}</source>
        <translation>{x_symbol} {x_move}%,{y_symbol} {y_move}%:净值 {equity},预付款比例 {level},{state}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="32"/>
        <source>Margin level</source>
        <translation>预付款比例</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="60"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="71"/>
        <source>margin call {level}%</source>
        <translation>追加预付款 {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="79"/>
        <source>stop out {level}%</source>
        <translation>强制平仓 {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="99"/>
        <source>{symbol} {price}:  margin level {level}</source>
        <translation>{symbol} {price}:  预付款比例 {level}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="188"/>
        <source>pips from the market</source>
        <translation>距市价的点数</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="409"/>
        <location filename="../../gui/plots/plot_base.py" line="412"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="431"/>
        <source>{symbol} price (mid)</source>
        <translation>{symbol} 价格(中间价)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="59"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="68"/>
        <source>Free margin</source>
        <translation>可用预付款</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="83"/>
        <source>Drag to see the account at another price (a what-if price)</source>
        <translation>拖动以查看账户在另一个价格下的情况(假设价格)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="113"/>
        <source>Amount ({currency})</source>
        <translation>金额({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="126"/>
        <source>market {price}</source>
        <translation>市价 {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="141"/>
        <source>what if {price}</source>
        <translation>假如 {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="159"/>
        <source>{symbol} {price}:  margin {margin}  equity {equity}  free margin {free} {currency}</source>
        <translation>{symbol} {price}:  预付款 {margin}  净值 {equity}  可用预付款 {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>What if</source>
        <translation>假如</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="38"/>
        <source>Margin vs price</source>
        <translation>预付款与价格</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="39"/>
        <source>Margin level vs price</source>
        <translation>预付款比例与价格</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="40"/>
        <source>Margin and leverage vs equity</source>
        <translation>预付款和杠杆与净值</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="72"/>
        <source>All at once</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="73"/>
        <source>Show the three plots stacked instead of in tabs</source>
        <translation>将三个图表上下叠放,而不是分标签页</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="75"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="76"/>
        <source>Save the plot as a picture, or its curve&apos;s numbers</source>
        <translation>将图表保存为图片,或导出其曲线数据</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="78"/>
        <source>Picture (PNG)…</source>
        <translation>图片 (PNG)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="79"/>
        <source>The plot shown (all plots, when shown at once)</source>
        <translation>当前显示的图表(全部显示时为所有图表)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="81"/>
        <source>Numbers (CSV)…</source>
        <translation>数据 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="82"/>
        <source>The curve&apos;s numbers (the price curve, when all plots are shown)</source>
        <translation>曲线的数据(全部显示时为价格曲线)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="85"/>
        <source>Out of date</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="87"/>
        <source>The plots show the last valid input until the marked fields are fixed</source>
        <translation>在修正标记的字段之前,图表显示的是最后一次有效输入</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source>what if </source>
        <translation>假如 </translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source> pips</source>
        <translation> 点</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="105"/>
        <source>Move the analysed symbol&apos;s price by this many pips from the market: every figure, table and plot follows, as a what-if. Or drag the price line.</source>
        <translation>将所分析品种的价格从市价移动这么多点:所有数字、表格和图表都会跟随,作为假设。也可以拖动价格线。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="110"/>
        <source>Market</source>
        <translation>市价</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="112"/>
        <source>Back to the market price (Esc on the plots)</source>
        <translation>回到市价(在图表上按 Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="120"/>
        <source>Danger zone</source>
        <translation>危险区域</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="125"/>
        <source>When a margin call or stop out is within 1% of the price, frame the price plots on it (unticked: the nearest levels and tier thresholds, however far)</source>
        <translation>当追加预付款或强制平仓在价格 1% 以内时,将价格图表聚焦于此(取消勾选:显示最近的水平和档位阈值,无论多远)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="132"/>
        <source>Orders fill</source>
        <translation>挂单成交</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="137"/>
        <source>Pending orders of the analysed symbol fill where its price reaches them, in every figure that moves the price (unticked: no order ever fills)</source>
        <translation>分析品种的挂单在价格到达处成交, 适用于所有移动价格的数字 (不勾选: 任何订单都不成交)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="212"/>
        <source>Nothing to draw until the marked fields are fixed.</source>
        <translation>在修正标记的字段之前没有可绘制的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="308"/>
        <source>No open positions: add one to see margin against its price.</source>
        <translation>没有持仓:添加一个以查看预付款随价格的变化。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="334"/>
        <source>Export plot as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="336"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="345"/>
        <source>Export curve as CSV</source>
        <translation>将曲线导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="347"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="40"/>
        <source>Symbol</source>
        <translation>交易品种</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="41"/>
        <source>Instrument symbol from the catalog (EURUSD, XAUUSD, US500 ...)</source>
        <translation>目录中的交易品种(EURUSD、XAUUSD、US500 …)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="47"/>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="48"/>
        <source>buy or sell</source>
        <translation>买入或卖出</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="52"/>
        <source>Lots</source>
        <translation>手数</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="53"/>
        <source>Volume in lots; 1 lot = the contract size</source>
        <translation>以手为单位的交易量;1 手 = 合约大小</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="57"/>
        <source>Open</source>
        <translation>开仓价</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="58"/>
        <source>Price the position was opened at</source>
        <translation>持仓的开仓价格</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="62"/>
        <source>Swap</source>
        <translation>隔夜利息</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="63"/>
        <source>Swap so far, in account currency (negative = paid)</source>
        <translation>目前为止的隔夜利息,以账户货币计(负数 = 已支付)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="67"/>
        <source>Comm.</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="68"/>
        <source>Commission paid, in account currency (negative = paid)</source>
        <translation>已支付的手续费,以账户货币计(负数 = 已支付)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="74"/>
        <source>Open lev.</source>
        <translation>开仓杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="75"/>
        <source>Leverage the position was opened with; kept under schemes that apply tier changes to new positions only</source>
        <translation>开仓时的杠杆;在档位变化只影响新持仓的方案下保留</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="83"/>
        <source>Restr.</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="84"/>
        <source>Opened in a high-margin period (news, around the weekend): the broker keeps it on the scheme&apos;s restricted leverage cap</source>
        <translation>在高预付款时段开立(新闻、周末前后):经纪商对其保持方案中的受限杠杆上限</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="93"/>
        <source>Notional</source>
        <translation>名义价值</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="94"/>
        <source>lots x contract size x price (ask for a buy, bid for a sell), in account currency</source>
        <translation>手数 × 合约大小 × 价格(买入用买价 Ask,卖出用卖价 Bid),以账户货币计</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="100"/>
        <source>P/L</source>
        <translation>盈亏</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="101"/>
        <source>side x (close - open) x lots x contract size, converted, + swap + commission; a buy closes at the bid, a sell at the ask</source>
        <translation>方向 × (平仓价 - 开仓价) × 手数 × 合约大小,换算后 + 隔夜利息 + 手续费;买入按卖价(Bid)平仓,卖出按买价(Ask)平仓</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="108"/>
        <source>Margin</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="109"/>
        <source>margined notional (at the current or the open price, as the scheme says) / leverage, volume tiers blended in, times the instrument&apos;s margin multiplier</source>
        <translation>计算预付款的名义价值(按方案规定的当前价或开仓价)/ 杠杆,混合成交量档位,再乘以品种的预付款系数</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="116"/>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="117"/>
        <source>the leverage the position&apos;s margin is charged at: the account&apos;s, capped by class, instrument and market caps, volume tiers blended in</source>
        <translation>持仓保证金实际按此杠杆收取: 账户杠杆, 受类别、品种和市场上限限制, 并混合了交易量阶梯</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="125"/>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="126"/>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="37"/>
        <location filename="../../gui/inputs/positions_table.py" line="93"/>
        <source>Positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="226"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="78"/>
        <source>Add a position (Insert)</source>
        <translation>添加持仓(Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="227"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="79"/>
        <source>Duplicate the selected position (Ctrl+D)</source>
        <translation>复制所选持仓(Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="228"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="80"/>
        <source>Remove the selected positions (Delete)</source>
        <translation>删除所选持仓(Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="83"/>
        <source>Notional, swap, comm.: right-click the header</source>
        <translation>名义价值、隔夜利息、手续费:右键单击表头</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="91"/>
        <source>Positions (amounts in {currency})</source>
        <translation>持仓(金额以 {currency} 计)</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="29"/>
        <source>fxmargin presets and scenarios (*.json);;All files (*)</source>
        <translation>fxmargin 预设和场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="39"/>
        <source>My presets</source>
        <translation>我的预设</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="43"/>
        <source>Kept in {folder}</source>
        <translation>保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="52"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="93"/>
        <source>Source: {source}</source>
        <translation>来源:{source}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="96"/>
        <source>Checked: {date}</source>
        <translation>核对日期:{date}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="99"/>
        <source>File: {file}</source>
        <translation>文件:{file}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="131"/>
        <source>Cannot rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="135"/>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="138"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="157"/>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="158"/>
        <source>New name:</source>
        <translation>新名称:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="171"/>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="172"/>
        <source>Delete your preset “{name}”? Scenarios that use it keep it.</source>
        <translation>删除您的预设“{name}”?使用它的场景会保留它。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="184"/>
        <source>Export preset</source>
        <translation>导出预设</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="191"/>
        <source>Import preset</source>
        <translation>导入预设</translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="42"/>
        <source>Symbol</source>
        <translation>交易品种</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="43"/>
        <source>Bid</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="44"/>
        <source>Ask</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="45"/>
        <source>Spread</source>
        <translation>点差</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="46"/>
        <source>Why it is needed</source>
        <translation>需要原因</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="50"/>
        <source>The bid: sells open and buys close here. Typed alone, it is the whole price (no spread).</source>
        <translation>卖价(Bid):卖单在此开仓,买单在此平仓。只填它时即为完整价格(无点差)。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="54"/>
        <source>The ask: buys open and sells close here. Leave it as the bid for no spread.</source>
        <translation>买价(Ask):买单在此开仓,卖单在此平仓。与卖价相同即为无点差。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="57"/>
        <source>Ask - bid, in pips of the symbol</source>
        <translation>卖价 - 买价,以该品种的点数计</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="59"/>
        <source>not used by this scenario</source>
        <translation>此场景未使用</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="134"/>
        <source>enter the current price of {symbol}</source>
        <translation>输入 {symbol} 的当前价格</translation>
    </message>
</context>
<context>
    <name>PricesTable</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="214"/>
        <source>Market prices</source>
        <translation>市场价格</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="235"/>
        <location filename="../../gui/inputs/prices_table.py" line="274"/>
        <source>Paste prices</source>
        <translation>粘贴价格</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="239"/>
        <source>Paste lines of SYMBOL BID ASK or SYMBOL PRICE (Ctrl+V in the table), separated by tabs, semicolons, commas or spaces, as a spreadsheet or the terminal&apos;s Market Watch copies them</source>
        <translation>粘贴 品种 BID ASK 或 品种 价格 的行 (在表格中按 Ctrl+V), 以制表符、分号、逗号或空格分隔, 与电子表格或终端市场报价窗口复制的格式相同</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="263"/>
        <source>paste of {count} prices</source>
        <translation>粘贴 {count} 个价格</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="275"/>
        <source>{count} prices pasted.</source>
        <translation>已粘贴 {count} 个价格。</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="280"/>
        <source>The clipboard holds no lines of SYMBOL BID ASK.</source>
        <translation>剪贴板中没有 品种 BID ASK 的行。</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../gui/common/problem_words.py" line="36"/>
        <source>Positions, row {row}</source>
        <translation>持仓,第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="44"/>
        <source>Market prices, {symbol}</source>
        <translation>市场价格,{symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="47"/>
        <source>Broker scheme (Scheme &gt; Edit…)</source>
        <translation>经纪商方案(杠杆方案 &gt; 编辑…)</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="49"/>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="51"/>
        <source>Instrument {symbol} in the file</source>
        <translation>文件中的品种 {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="54"/>
        <source>The scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="62"/>
        <source>Type {symbol}&apos;s price in Market prices.</source>
        <translation>在“市场价格”中输入 {symbol} 的价格。</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="66"/>
        <source>{source} amounts cannot be turned into {target} yet: type a price for {pair} in Market prices.</source>
        <translation>{source} 金额尚无法换算为 {target}:请在“市场价格”中输入 {pair} 的价格。</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="75"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="50"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="51"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="56"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="39"/>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="40"/>
        <source>Deposits plus closed profit.</source>
        <translation>入金加已平仓盈利。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="44"/>
        <source>Floating P/L</source>
        <translation>浮动盈亏</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="45"/>
        <source>Sum over positions of side x (close - open) x lots x contract size, converted at mids, + swap + commission. A buy closes at the bid, a sell at the ask.</source>
        <translation>所有持仓的 方向 × (平仓价 - 开仓价) × 手数 × 合约大小 之和,按中间价换算,+ 隔夜利息 + 手续费。买入按卖价(Bid)平仓,卖出按买价(Ask)平仓。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="53"/>
        <source>Equity</source>
        <translation>净值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="54"/>
        <source>Balance + credit + floating P/L.</source>
        <translation>结余 + 信用额 + 浮动盈亏。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="58"/>
        <source>Margin</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="59"/>
        <source>Sum of the positions&apos; margins: margined notional / leverage, volume tiers blended in. A buy is priced at the ask and a sell at the bid, or at its open price (MT5).</source>
        <translation>各持仓预付款之和:计算预付款的名义价值 / 杠杆,混合成交量档位。买入按买价(Ask)计价,卖出按卖价(Bid),或按开仓价(MT5)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="67"/>
        <source>Margin basis</source>
        <translation>预付款计算价格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="68"/>
        <source>The price margin is computed at: the current bid or ask (MetaTrader 4), or each position&apos;s open price (MetaTrader 5 and brokers that fix margin at opening).</source>
        <translation>计算预付款所用的价格:当前卖价或买价(MetaTrader 4),或每笔持仓的开仓价(MetaTrader 5 以及在开仓时固定预付款的经纪商)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="76"/>
        <source>Free margin</source>
        <translation>可用预付款</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="77"/>
        <source>Equity - margin.</source>
        <translation>净值 - 预付款。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="81"/>
        <source>Margin level</source>
        <translation>预付款比例</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="82"/>
        <source>Equity / margin x 100%. None without margin.</source>
        <translation>净值 / 预付款 × 100%。没有预付款时为无。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="87"/>
        <source>min(the leverage granted after the unlimited-leverage rules, the equity tier&apos;s leverage). Where volume tiers or class caps charge the open positions at another leverage, their average on the notional follows.</source>
        <translation>min(无限杠杆规则之后给予的杠杆, 净值阶梯的杠杆)。当交易量阶梯或类别上限按其他杠杆收取持仓保证金时, 其后显示按名义价值加权的平均值。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="96"/>
        <source>Margin call / stop out</source>
        <translation>追加预付款 / 强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="97"/>
        <source>Margin call when equity &lt;= margin call level x margin; stop out likewise (or equity &lt;= an amount with money levels).</source>
        <translation>当净值 &lt;= 追加预付款比例 × 预付款时追加预付款;强制平仓同理(若比例按金额,则净值 &lt;= 该金额)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="109"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="126"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="132"/>
        <source>What is near: the margin call (or, at margin call, the stop out) at its nearer price. Orange when it is closer than ten of the symbol&apos;s current spreads (ten pips without a spread): a news release or the rollover can move that far at once.</source>
        <translation>临近的情况:追加预付款(或已追加预付款时的强制平仓)及其较近的价格。当距离小于该品种当前点差的十倍(无点差时为十点)时显示橙色:一次新闻或隔夜就可能一下子跳过这么远。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="164"/>
        <source>Margin call and stop-out prices</source>
        <translation>追加预付款和强制平仓价格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="170"/>
        <source>The symbol whose price moves; all other prices stay fixed. Default: the largest notional.</source>
        <translation>价格变动的品种;其他所有价格保持不变。默认:名义价值最大的品种。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="175"/>
        <source>Moving</source>
        <translation>变动品种</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="181"/>
        <source>The nearest mid prices below and above where the level is reached, the spread kept and every rule re-applied at each price; distances in pips and percent.</source>
        <translation>达到该比例的最近中间价(下方和上方),保持点差不变,并在每个价格重新应用所有规则;距离以点数和百分比表示。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="188"/>
        <source>Margin call</source>
        <translation>追加预付款</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="189"/>
        <source>Stop out</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="192"/>
        <source>Spread widening (rollover, news)</source>
        <translation>点差扩大(隔夜、新闻)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="201"/>
        <source>The smallest spread of the moving symbol, its mid fixed, at which the level is reached: positions close at the bid or the ask, so a wide spread alone can do it.</source>
        <translation>所分析品种在中间价不变时达到该比例的最小点差:持仓按买价或卖价平仓,因此仅点差扩大就可能触发。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="206"/>
        <source>Spread now</source>
        <translation>当前点差</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="207"/>
        <source>Margin call at</source>
        <translation>追加预付款于</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="208"/>
        <source>Stop out at</source>
        <translation>强制平仓于</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="211"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="251"/>
        <source>NOT UP TO DATE: fix the marked fields</source>
        <translation>未更新:请修正标记的字段</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="255"/>
        <source>... and {count} more</source>
        <translation>… 还有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="257"/>
        <source>Fix these to update the results:</source>
        <translation>修正以下问题以更新结果:</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="269"/>
        <source>WHAT IF {symbol} were at {price}: {pips} pips from the market ({market}). Not the market: Market (or Esc on the plots) goes back.</source>
        <translation>假如 {symbol} 位于 {price}:距市价 {pips} 点({market})。这不是市场价格:“市价”按钮(或在图表上按 Esc)可返回。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="284"/>
        <source> + {amount} credit</source>
        <translation> + 信用额 {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="296"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage}(第 {tier} 档)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="305"/>
        <source>Picked {selected}, granted {granted}.</source>
        <translation>所选 {selected},获批 {granted}。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="331"/>
        <source>no open positions</source>
        <translation>没有持仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="338"/>
        <source>{pips} pips ({symbol})</source>
        <translation>{pips} 点({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="349"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="361"/>
        <source>Largest notional ({symbol})</source>
        <translation>名义价值最大({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="363"/>
        <source>Largest notional</source>
        <translation>名义价值最大</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="89"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="90"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ScenarioController</name>
    <message>
        <location filename="../../gui/scenario_controller.py" line="283"/>
        <source>position {row}: {field}</source>
        <translation>持仓 {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="286"/>
        <source>Symbol</source>
        <translation>交易品种</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="287"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="288"/>
        <source>Lots</source>
        <translation>手数</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="289"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="290"/>
        <source>Stop</source>
        <translation>触发价</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="292"/>
        <source>pending order {row}: {field}</source>
        <translation>挂单 {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="299"/>
        <source>change of scheme</source>
        <translation>更换方案</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="321"/>
        <source>new position</source>
        <translation>新持仓</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="333"/>
        <source>removal of positions</source>
        <translation>删除持仓</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="344"/>
        <source>new pending order</source>
        <translation>新挂单</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="368"/>
        <source>removal of pending orders</source>
        <translation>删除挂单</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="384"/>
        <source>price of {symbol}</source>
        <translation>{symbol} 的价格</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="567"/>
        <source>{symbol} read as {instrument}</source>
        <translation>{symbol} 按 {instrument} 读取</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="59"/>
        <source>all positions</source>
        <translation>所有持仓</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="60"/>
        <source>new positions only</source>
        <translation>仅新持仓</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="63"/>
        <source>notional (account currency)</source>
        <translation>名义价值(账户货币)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="64"/>
        <source>lots</source>
        <translation>手</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="67"/>
        <source>the whole account</source>
        <translation>整个账户</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="68"/>
        <source>each group (major, minor, exotic, metal…)</source>
        <translation>每个组(主要、次要、异国、贵金属…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="69"/>
        <source>each class (forex, metal, index…)</source>
        <translation>每个类别(外汇、贵金属、指数…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="70"/>
        <source>each symbol</source>
        <translation>每个品种</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="73"/>
        <source>margined lots (after hedging)</source>
        <translation>计算预付款的手数(对冲后)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="74"/>
        <source>the larger of buys and sells</source>
        <translation>买入与卖出中较大者</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="75"/>
        <source>buys and sells together</source>
        <translation>买入与卖出合计</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="79"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="80"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="81"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="82"/>
        <source>Checked on</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="83"/>
        <source>Margin priced</source>
        <translation>预付款计价</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="84"/>
        <source>Tiers apply to</source>
        <translation>档位适用于</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="85"/>
        <source>Volume counted in</source>
        <translation>成交量单位</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="86"/>
        <source>Counted over</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="87"/>
        <source>Counting</source>
        <translation>计数方式</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="88"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="348"/>
        <source>Account types</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="89"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="353"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="90"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Equity below</source>
        <translation>净值低于</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="91"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="357"/>
        <source>Closed trades at least</source>
        <translation>已平仓交易至少</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="92"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="358"/>
        <source>Closed lots at least</source>
        <translation>已平仓手数至少</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="361"/>
        <source>Otherwise 1:</source>
        <translation>否则 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="119"/>
        <source>Edit broker scheme</source>
        <translation>编辑经纪商方案</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="55"/>
        <source>at the current price</source>
        <translation>按当前价格</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="56"/>
        <source>at the open price</source>
        <translation>按开仓价</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="93"/>
        <source>Fallback</source>
        <translation>否则</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>The scheme&apos;s name, as the scheme list shows it.</source>
        <translation>方案名称,与方案列表中显示的一致。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>One line on what the rules are.</source>
        <translation>用一行说明这些规则。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="133"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="134"/>
        <source>Where the numbers come from: the broker&apos;s page or e-mail.</source>
        <translation>数字的出处:经纪商的网页或电子邮件。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="138"/>
        <source>C&amp;hecked on</source>
        <translation>核对日期(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="139"/>
        <source>The date you last read the source (YYYY-MM-DD).</source>
        <translation>您最后一次查阅来源的日期(YYYY-MM-DD)。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="142"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="148"/>
        <source>The currency the scheme&apos;s equity and notional limits are in.</source>
        <translation>方案中净值和名义价值限额所用的货币。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="153"/>
        <source>Margin p&amp;riced</source>
        <translation>预付款计价(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="157"/>
        <source>C&amp;urrency</source>
        <translation>货币(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="162"/>
        <source>&amp;Equity tiers</source>
        <translation>净值档位(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="163"/>
        <source>&amp;Volume tiers</source>
        <translation>成交量档位(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="164"/>
        <source>Hedging and &amp;caps</source>
        <translation>对冲和上限(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="165"/>
        <source>Unlimited and &amp;levels</source>
        <translation>无限杠杆和比例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="174"/>
        <source>&amp;Use in this scenario</source>
        <translation>在此场景中使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="176"/>
        <source>Save as &amp;my preset…</source>
        <translation>另存为我的预设(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <source>From (equity)</source>
        <translation>起点(净值)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="238"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Leverage 1:</source>
        <translation>杠杆 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="223"/>
        <source>The equity at which this tier starts; the first starts at 0.</source>
        <translation>此档开始时的净值;第一档从 0 开始。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="227"/>
        <source>The leverage the account gets at each level of equity. No rows: none.</source>
        <translation>账户在各净值水平获得的杠杆。无行:无档位。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="236"/>
        <source>Ladder (all, group, class or symbol)</source>
        <translation>档位表(all、组、类别或品种)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="237"/>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="244"/>
        <source>Rows with the same key form one ladder. &apos;all&apos; is one ladder for every position; with other ladders it is the ladder for the rest.</source>
        <translation>键相同的行组成一个档位表。&apos;all&apos; 是适用于所有持仓的档位表;有其他档位表时,它适用于其余持仓。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="248"/>
        <source>Where this tier starts, in the unit below; each ladder&apos;s first starts at 0.</source>
        <translation>此档开始处,以下方单位计;每个档位表的第一档从 0 开始。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="254"/>
        <source>Leverage by the volume of open positions, applied tier by tier.</source>
        <translation>按持仓成交量计算的杠杆,逐档适用。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="278"/>
        <source>none: both sides margined; net: only the difference; larger_leg: the larger side; a number h: the share of covered lots that is margined.</source>
        <translation>none:双边都计预付款;net:只计差额;larger_leg:计较大一侧;数字 h:对冲手数中计预付款的比例。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Class or symbol</source>
        <translation>类别或品种</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="297"/>
        <source>Hedged positions (no rows: none)</source>
        <translation>对冲持仓(无行:none)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="299"/>
        <source>Highest leverage per class or symbol</source>
        <translation>各类别或品种的最高杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="302"/>
        <source>In a restricted market (news, weekends)</source>
        <translation>受限市场中(新闻、周末)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="306"/>
        <source>Hedging, per class or &apos;all&apos;: none, both sides margined; net, only the difference; larger_leg, the larger side; a number h from 0 to 1, that share of the covered lots margined (0.5: half).</source>
        <translation>对冲,按类别或 &apos;all&apos;:none,双边都计预付款;net,只计差额;larger_leg,计较大一侧;0 到 1 之间的数字 h,对冲手数中按该比例计预付款(0.5:一半)。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="312"/>
        <source>From the terminal&apos;s symbol specification: MT4&apos;s hedged margin is per lot, so half the contract size is 0.5. MT5&apos;s is per covered pair: one lot&apos;s margin (hedged margin equal to the contract size) is 0.5, half a lot&apos;s is 0.25, none is net; MT5&apos;s &apos;calculate hedged margin using larger leg&apos; is larger_leg.</source>
        <translation>来自终端的品种规格: MT4 的对冲保证金按手计, 所以合约规模的一半是 0.5。MT5 的按对冲对计: 一手的保证金 (对冲保证金等于合约规模) 是 0.5, 半手的是 0.25, 无则为 net; MT5 的 “按较大一边计算对冲保证金” 是 larger_leg。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="319"/>
        <source>Caps: an instrument never gets more leverage than its class&apos;s or its symbol&apos;s (symbols in capitals, as XAGUSD); a symbol&apos;s entry wins over its class&apos;s.</source>
        <translation>上限:品种的杠杆永远不会超过其类别或品种的上限(品种用大写,如 XAGUSD);品种的设定优先于其类别。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="324"/>
        <source>Restricted market: the caps for positions marked restricted, or for all when the account form&apos;s Restricted market is ticked; &apos;all&apos; is one cap for every position.</source>
        <translation>受限市场:标记为受限的持仓的上限;勾选账户表单中的“受限市场”时适用于所有持仓;&apos;all&apos; 是适用于所有持仓的一个上限。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="338"/>
        <source>Unlimited leverage for eligible accounts</source>
        <translation>符合条件账户的无限杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="349"/>
        <source>Comma-separated; empty: every type.</source>
        <translation>以逗号分隔;留空:所有类型。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="354"/>
        <source>Comma-separated (MT4, MT5); empty: every platform.</source>
        <translation>以逗号分隔(MT4、MT5);留空:所有平台。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Unlimited only below this equity.</source>
        <translation>仅在净值低于此值时无限。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="362"/>
        <source>The leverage of an account that is not eligible.</source>
        <translation>不符合条件的账户的杠杆。</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Margin call %</source>
        <translation>追加预付款 %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Stop out %</source>
        <translation>强制平仓 %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="375"/>
        <source>Margin call and stop out by account type</source>
        <translation>按账户类型的追加预付款和强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="431"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="437"/>
        <source>Equity tiers</source>
        <translation>净值档位</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="441"/>
        <source>Hedging</source>
        <translation>对冲</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="446"/>
        <source>Caps</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="452"/>
        <source>Restricted market</source>
        <translation>受限市场</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="489"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="545"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="552"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>{table}, row {row}</source>
        <translation>{table},第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="492"/>
        <source>{place}, From</source>
        <translation>{place},起点</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="495"/>
        <source>{place}, Leverage</source>
        <translation>{place},杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="511"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="517"/>
        <source>Volume tiers</source>
        <translation>成交量档位</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="521"/>
        <source>Volume tiers ({ladder})</source>
        <translation>成交量档位({ladder})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="561"/>
        <source>Unlimited leverage</source>
        <translation>无限杠杆</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="565"/>
        <source>Unlimited: {field}</source>
        <translation>无限杠杆:{field}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="577"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>Levels</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="583"/>
        <source>{place}, Margin call</source>
        <translation>{place},追加预付款</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="586"/>
        <source>{place}, Stop out</source>
        <translation>{place},强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="671"/>
        <source>equity tiers</source>
        <translation>净值档位</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="672"/>
        <source>Equity ({currency})</source>
        <translation>净值({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="679"/>
        <source>Volume, lots</source>
        <translation>成交量,手</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="681"/>
        <source>Volume, notional ({currency})</source>
        <translation>成交量,名义价值({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="709"/>
        <source>Cannot save the preset</source>
        <translation>无法保存预设</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="44"/>
        <source>Positions: add a position</source>
        <translation>持仓: 添加持仓</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="45"/>
        <source>Positions: duplicate the selected position</source>
        <translation>持仓: 复制所选持仓</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="46"/>
        <source>Positions: remove the selected positions</source>
        <translation>持仓: 删除所选持仓</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="47"/>
        <source>Tables: edit the cell (or start typing)</source>
        <translation>表格: 编辑单元格 (或直接输入)</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="48"/>
        <source>Plots: back to the market price</source>
        <translation>图表: 回到市场价格</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="51"/>
        <source>Market prices: paste lines of SYMBOL BID ASK</source>
        <translation>市场价格: 粘贴 品种 BID ASK 的行</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="183"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="34"/>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>Imported statement</source>
        <translation>已导入的对账单</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="61"/>
        <source>Find the broker&apos;s rule again</source>
        <translation>重新查找经纪商的规则</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="65"/>
        <source>Search again for the leverage, margin price, hedging and caps that reproduce the printed margin, with the prices, the leverage and the scheme as you have them now (a leverage you changed and a preset you picked are kept)</source>
        <translation>用您现在的价格、杠杆和方案, 重新查找能重现打印保证金的杠杆、保证金价格、对冲和上限 (您改过的杠杆和选择的预设会保留)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>MetaTrader 5, live</source>
        <translation>MetaTrader 5 (实时)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="112"/>
        <source>Live from MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>来自 MetaTrader 5 的实时数据: {server}, 账户 {account}, 读取于 {time}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="122"/>
        <source>{platform} statement {file}</source>
        <translation>{platform} 对账单 {file}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="127"/>
        <source>, account {account}</source>
        <translation>,账户 {account}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="139"/>
        <source>1 open position</source>
        <translation>1 个持仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="141"/>
        <source>{count} open positions</source>
        <translation>{count} 个持仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="142"/>
        <source>1 closed trade ({lots} lots)</source>
        <translation>1 笔已平仓交易 ({lots} 手)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="144"/>
        <source>{count} closed trades ({lots} lots)</source>
        <translation>{count} 笔已平仓交易 ({lots} 手)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="147"/>
        <source>1 pending order</source>
        <translation>1 个挂单</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="149"/>
        <source>{count} pending orders</source>
        <translation>{count} 个挂单</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="216"/>
        <source>Added up as the terminal does: each position&apos;s P/L rounded to the cent (a yen) first, as the positions table shows it. The Results panel adds them unrounded, so it may differ by a few cents.</source>
        <translation>按终端的方式相加: 每个持仓的盈亏先四舍五入到分 (日元), 与持仓表显示一致。结果面板不经四舍五入相加, 因此可能相差几分。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="225"/>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="228"/>
        <source>fxmargin and the statement agree to the printed unit</source>
        <translation>fxmargin 与报告在打印单位内一致</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="231"/>
        <source>fxmargin differs from the terminal&apos;s figure by more than the printed unit (a cent, or one yen): see the headline and the notes</source>
        <translation>fxmargin 与终端的数字相差超过打印单位 (一分或一日元): 请看标题和注释</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="255"/>
        <source>{symbol} is</source>
        <translation>{symbol} 对应</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="265"/>
        <source>The catalog symbol the broker&apos;s {symbol} stands for; or complete its instrument (class, base, quote, contract and pip size) in the scenario file</source>
        <translation>经纪商的 {symbol} 对应的目录品种;或在场景文件中补全其品种信息(类别、基础货币、报价货币、合约大小和点值大小)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="269"/>
        <source>Map</source>
        <translation>映射</translation>
    </message>
</context>
<context>
    <name>StressPanel</name>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="31"/>
        <source>What if</source>
        <translation>假如</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="32"/>
        <source>Equity</source>
        <translation>净值</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="33"/>
        <source>Margin</source>
        <translation>预付款</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="34"/>
        <source>Level</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="35"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="36"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="42"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="43"/>
        <source>MARGIN CALL</source>
        <translation>追加预付款</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="44"/>
        <source>STOP OUT</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="51"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="77"/>
        <source> pips</source>
        <translation> 点</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="80"/>
        <source>A weekend gap: every symbol opens this many of its pips against your net position in it (0: no gap row).</source>
        <translation>周末跳空:每个品种都以对您净持仓不利的方向开盘这么多点(0:无跳空行)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="86"/>
        <source>Weekend gap</source>
        <translation>周末跳空</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="102"/>
        <source>Margin level: equity / margin x 100%</source>
        <translation>预付款比例:净值 / 预付款 × 100%</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="110"/>
        <source>Each row re-prices the whole account with every rule (tiers, eligibility, conversions): each symbol alone moved; the account currency stronger or weaker against every other currency at once; each spread widened to the one that brings a margin call; a weekend gap against every position at once. In the results CSV too.</source>
        <translation>每一行都用全部规则(档位、资格、换算)重新计算整个账户:每个品种单独变动;账户货币对所有其他货币同时升值或贬值;每个点差扩大到触发追加预付款的点差;周末跳空同时不利于所有持仓。结果 CSV 中也有。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="165"/>
        <source>amounts in {currency}</source>
        <translation>金额以 {currency} 计</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="169"/>
        <source>; the currency rows move {currency}</source>
        <translation>;货币行变动的是 {currency}</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="51"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="55"/>
        <source>Position size by risk</source>
        <translation>按风险计算仓位</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="63"/>
        <location filename="../../gui/panels/tools_panel.py" line="99"/>
        <source>Symbol</source>
        <translation>交易品种</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="66"/>
        <source>Stop-loss distance in pips.</source>
        <translation>止损距离(点)。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="67"/>
        <source>Stop (pips)</source>
        <translation>止损(点)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>% of equity</source>
        <translation>净值的 %</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="75"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="78"/>
        <source>Round-turn commission per lot, in account currency.</source>
        <translation>每手往返手续费,以账户货币计。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="79"/>
        <source>Commission / lot</source>
        <translation>手续费 / 手</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="85"/>
        <source>lots = risk / (stop pips x pip value + commission per lot), rounded down to 0.01.</source>
        <translation>手数 = 风险 / (止损点数 × 每点价值 + 每手手续费),向下取整到 0.01。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="88"/>
        <source>Size</source>
        <translation>仓位</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="91"/>
        <source>Maximum volume</source>
        <translation>最大成交量</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="104"/>
        <source>The most lots you can open now leaving free margin &gt;= 0.</source>
        <translation>当前可开的最大手数,使可用预付款 &gt;= 0。</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="106"/>
        <source>Most lots</source>
        <translation>最大手数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="129"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="131"/>
        <source>must be greater than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="133"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="135"/>
        <source>must be at most {limit}</source>
        <translation>不得超过 {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="200"/>
        <location filename="../../gui/panels/tools_panel.py" line="227"/>
        <source>needs a price for {symbol} under Market prices</source>
        <translation>需要在“市场价格”中提供 {symbol} 的价格</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="208"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt; (risk {risk} {currency}, pip {pip} {currency}/lot)&lt;br&gt;margin needed {margin} {currency}, free margin after {free} {currency}</source>
        <translation>&lt;b&gt;{lots} 手&lt;/b&gt;(风险 {risk} {currency},每点 {pip} {currency}/手)&lt;br&gt;所需预付款 {margin} {currency},之后可用预付款 {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="222"/>
        <source>&lt;b&gt;no limit&lt;/b&gt;: this position needs no margin (unlimited leverage)</source>
        <translation>&lt;b&gt;无上限&lt;/b&gt;:此持仓不需要预付款(无限杠杆)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="235"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt;, margin then {margin} {currency}</source>
        <translation>&lt;b&gt;{lots} 手&lt;/b&gt;,届时预付款 {margin} {currency}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="81"/>
        <source>fxmargin user guide</source>
        <translation>fxmargin 用户指南</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="106"/>
        <source>The user guide is missing from this copy of fxmargin.</source>
        <translation>此 fxmargin 副本缺少用户指南。</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="75"/>
        <source>Save as my preset</source>
        <translation>另存为我的预设</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="76"/>
        <source>Name of your preset:</source>
        <translation>预设名称:</translation>
    </message>
</context>
</TS>
