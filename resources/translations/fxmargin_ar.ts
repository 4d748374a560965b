<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../../core/analyses/curves.py" line="122"/>
        <source>volume {amount} {unit}</source>
        <translation>الحجم {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/curves.py" line="124"/>
        <location filename="../../core/analyses/curves.py" line="137"/>
        <source>equity {amount} {unit}</source>
        <translation>حقوق الملكية {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="57"/>
        <source>position in {symbol}</source>
        <translation>مركز في {symbol}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="65"/>
        <source>converts {currency} profit to {target}</source>
        <translation>يحوّل ربح {currency} إلى {target}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="76"/>
        <source>converts {currency} equity to {target} for the broker&apos;s tiers</source>
        <translation>يحوّل حقوق الملكية بـ {currency} إلى {target} لشرائح الوسيط</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="92"/>
        <source>{purpose} (with {others})</source>
        <translation>{purpose} (مع {others})</translation>
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
        <translation>{currency} أقوى بنسبة {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="90"/>
        <source>{currency} {percent}% weaker</source>
        <translation>{currency} أضعف بنسبة {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="106"/>
        <source>{symbol} spread {pips} pips</source>
        <translation>سبريد {symbol} {pips} نقطة</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="117"/>
        <source>gap {pips} pips against all</source>
        <translation>فجوة {pips} نقطة ضد الجميع</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="108"/>
        <source>a {pips}-pip rise in {symbol} to {price} ({percent})</source>
        <translation>ارتفاع {symbol} بمقدار {pips} نقطة إلى {price} ({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="110"/>
        <source>a {pips}-pip fall in {symbol} to {price} ({percent})</source>
        <translation>انخفاض {symbol} بمقدار {pips} نقطة إلى {price} ({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="129"/>
        <source>{move} takes {scope}volume past {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move} يرفع حجم {scope}فوق {threshold} لوت: كل لوت إضافي يُحسب هامشه بـ {after} بدلاً من {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="135"/>
        <source>{move} takes {scope}volume below {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move} يخفض حجم {scope}دون {threshold} لوت: كل لوت إضافي يُحسب هامشه بـ {after} بدلاً من {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="143"/>
        <source>{move} takes {scope}volume past {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move} يرفع حجم {scope}فوق {threshold} {unit}: كل وحدة قيمة اسمية إضافية يُحسب هامشها بـ {after} بدلاً من {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="149"/>
        <source>{move} takes {scope}volume below {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move} يخفض حجم {scope}دون {threshold} {unit}: كل وحدة قيمة اسمية إضافية يُحسب هامشها بـ {after} بدلاً من {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="167"/>
        <source>{move} lifts equity past {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move} يرفع حقوق الملكية فوق {threshold} {currency}: الرافعة {before} -&gt; {after}، الهامش {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="173"/>
        <source>{move} takes equity below {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move} يخفض حقوق الملكية دون {threshold} {currency}: الرافعة {before} -&gt; {after}، الهامش {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="274"/>
        <source>equity +{amount} {currency} reaches {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>حقوق الملكية +{amount} {currency} تبلغ {threshold} {scheme_currency}: الرافعة {before} -&gt; {after}، الهامش {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="280"/>
        <source>equity -{amount} {currency} falls below {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>حقوق الملكية -{amount} {currency} تنخفض دون {threshold} {scheme_currency}: الرافعة {before} -&gt; {after}، الهامش {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="109"/>
        <source>must read like &quot;buy 2 EURUSD&quot; or &quot;sell stop 0.5 EURUSD at 1.0800&quot;, not {text}</source>
        <translation>يجب أن يكون مثل &quot;buy 2 EURUSD&quot; أو &quot;sell stop 0.5 EURUSD at 1.0800&quot;، وليس {text}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="138"/>
        <source>lots must be greater than 0 and at most {most}</source>
        <translation>يجب أن تكون اللوتات أكبر من 0 وبحد أقصى {most}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="153"/>
        <source>no price for {symbol}: add it to the prices</source>
        <translation>لا يوجد سعر لـ {symbol}: أضفه إلى الأسعار</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="211"/>
        <source>account leverage {before} -&gt; {after} (equity tier {tier_before} -&gt; {tier_after})</source>
        <translation>رافعة الحساب {before} -&gt; {after} (شريحة حقوق الملكية {tier_before} -&gt; {tier_after})</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="219"/>
        <source>account leverage {before} -&gt; {after}</source>
        <translation>رافعة الحساب {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="235"/>
        <source>the open buy of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>يُحسب هامش الشراء المفتوح {lots} {symbol} بـ {now} بدلاً من {was}: الهامش {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="241"/>
        <source>the open sell of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>يُحسب هامش البيع المفتوح {lots} {symbol} بـ {now} بدلاً من {was}: الهامش {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="251"/>
        <source>the account goes from {before} to {after}</source>
        <translation>ينتقل الحساب من {before} إلى {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="257"/>
        <source>free margin would be {amount} {currency}: the terminal refuses an order it has no free margin for</source>
        <translation>سيكون الهامش الحر {amount} {currency}: ترفض المنصة أي أمر لا يتوفر له هامش حر</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="268"/>
        <location filename="../../core/report.py" line="36"/>
        <source>stop out</source>
        <translation>إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="269"/>
        <location filename="../../core/report.py" line="36"/>
        <source>margin call</source>
        <translation>نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="269"/>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="43"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="125"/>
        <source>required with --x price</source>
        <translation>مطلوب مع --x price</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="131"/>
        <source>no price for {symbol} in the scenario (priced: {priced})</source>
        <translation>لا يوجد سعر لـ {symbol} في السيناريو (المسعّرة: {priced})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="151"/>
        <source>unknown language {code} (languages: {codes})</source>
        <translation>لغة غير معروفة {code} (اللغات: {codes})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="180"/>
        <source>give a scenario file, or --mt5 for the running terminal</source>
        <translation>أعطِ ملف سيناريو، أو ‎--mt5 للمنصة العاملة</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="208"/>
        <source>must be from 2 to {most}</source>
        <translation>يجب أن يكون من 2 إلى {most}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="212"/>
        <location filename="../../core/files/file_fields.py" line="72"/>
        <source>must be a finite number</source>
        <translation>يجب أن يكون رقمًا محدودًا</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="214"/>
        <location filename="../../core/overview/what_if.py" line="160"/>
        <source>a price must be greater than 0</source>
        <translation>يجب أن يكون السعر أكبر من 0</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="216"/>
        <source>must be greater than --from</source>
        <translation>يجب أن يكون أكبر من --from</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="229"/>
        <source>the amounts are too large to compute along this range</source>
        <translation>المبالغ أكبر من أن تُحسب على هذا النطاق</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="253"/>
        <source>note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="181"/>
        <source>the amounts are too large to compute: check prices, lots and contract sizes</source>
        <translation>المبالغ أكبر من أن تُحسب: تحقق من الأسعار واللوتات وأحجام العقود</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="197"/>
        <source>the account is at stop out now: the broker closes positions</source>
        <translation>الحساب في إيقاف الخسارة الآن: يغلق الوسيط المراكز</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="201"/>
        <source>the account is at margin call now</source>
        <translation>الحساب في نداء الهامش الآن</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="213"/>
        <source>unlimited leverage is not granted ({missing}): the account gets {leverage}</source>
        <translation>لا تُمنح الرافعة غير المحدودة ({missing}): يحصل الحساب على {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="224"/>
        <source>equity of {amount} {currency} limits leverage to {leverage} (selected {selected})</source>
        <translation>حقوق ملكية {amount} {currency} تحدّ الرافعة عند {leverage} (المختارة {selected})</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="237"/>
        <source>restricted market: high-margin-period caps apply</source>
        <translation>سوق مقيّد: تُطبّق حدود فترات الهامش المرتفع</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="245"/>
        <source>free margin is {amount} {currency}: no new positions</source>
        <translation>الهامش الحر {amount} {currency}: لا يمكن فتح مراكز جديدة</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="277"/>
        <source>{count} more orders fill further below</source>
        <translation>{count} أوامر أخرى تُنفَّذ في مستوى أدنى</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="279"/>
        <source>{count} more orders fill further above</source>
        <translation>{count} أوامر أخرى تُنفَّذ في مستوى أعلى</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="41"/>
        <source>must be an object, not {value}</source>
        <translation>يجب أن يكون كائنًا، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="49"/>
        <source>unknown field (allowed: {fields})</source>
        <translation>حقل غير معروف (المسموح: {fields})</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="54"/>
        <source>required field is missing</source>
        <translation>حقل مطلوب مفقود</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="69"/>
        <source>must be a number, not {value}</source>
        <translation>يجب أن يكون رقمًا، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="75"/>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="79"/>
        <source>must be greater than {limit}</source>
        <translation>يجب أن يكون أكبر من {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="83"/>
        <source>must be at least {limit}</source>
        <translation>يجب أن يكون {limit} على الأقل</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="87"/>
        <source>must be at most {limit} in size</source>
        <translation>يجب ألا يتجاوز حجمه {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="95"/>
        <source>must be a string, not {value}</source>
        <translation>يجب أن يكون نصًا، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="103"/>
        <source>must be one of {choices}, not {value}</source>
        <translation>يجب أن يكون أحد {choices}، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="117"/>
        <source>must be a three-letter currency code such as USD, not {value}</source>
        <translation>يجب أن يكون رمز عملة من ثلاثة أحرف مثل USD، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="126"/>
        <source>must be true or false, not {value}</source>
        <translation>يجب أن يكون true أو false، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="138"/>
        <source>must be a number greater than 0 or &quot;unlimited&quot;, not {value}</source>
        <translation>يجب أن يكون رقمًا أكبر من 0 أو &quot;unlimited&quot;، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="147"/>
        <source>must be a list of strings, not {value}</source>
        <translation>يجب أن يكون قائمة نصوص، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="156"/>
        <source>a string (&quot;{text}&quot;)</source>
        <translation>نص (&quot;{text}&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="170"/>
        <source>the number {number}</source>
        <translation>الرقم {number}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="172"/>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="173"/>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="51"/>
        <source>this scenario names a shipped preset; there is no scheme in it to import</source>
        <translation>يشير هذا السيناريو إلى إعداد مسبق مضمّن؛ لا يحتوي على مخطط لاستيراده</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="120"/>
        <source>a preset needs a name</source>
        <translation>يحتاج الإعداد المسبق إلى اسم</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="32"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="41"/>
        <source>not valid JSON: {error} at line {line} column {column}</source>
        <translation>JSON غير صالح: {error} في السطر {line} العمود {column}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="51"/>
        <source>not valid JSON: {error}</source>
        <translation>JSON غير صالح: {error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="61"/>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="63"/>
        <source>is a directory, not a file</source>
        <translation>هذا مجلد، وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="66"/>
        <source>cannot be read: {error}</source>
        <translation>تتعذر قراءته: {error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="80"/>
        <source>is not a text (UTF-8) file</source>
        <translation>ليس ملفًا نصيًا (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="66"/>
        <source>a scenario must be a JSON object, not {value}</source>
        <translation>يجب أن يكون السيناريو كائن JSON، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="73"/>
        <source>must be &quot;{format}&quot;</source>
        <translation>يجب أن يكون &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="80"/>
        <location filename="../../gui/scenario_controller.py" line="91"/>
        <source>this file is version {version}, written by a newer fxmargin; this fxmargin reads version {supported}</source>
        <translation>هذا الملف بالإصدار {version}، كتبه fxmargin أحدث؛ يقرأ fxmargin هذا الإصدار {supported}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="390"/>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation>إعداد مسبق غير معروف {name} (الإعدادات: {presets})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="105"/>
        <source>must be an object of facts about where the file came from</source>
        <translation>يجب أن يكون كائنًا بمعلومات عن مصدر الملف</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a string</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="139"/>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="157"/>
        <source>required when levels_in is &quot;money&quot; (an amount of equity)</source>
        <translation>مطلوب عندما تكون levels_in هي &quot;money&quot; (مبلغ من حقوق الملكية)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="164"/>
        <source>must not be above margin_call_level</source>
        <translation>يجب ألا يتجاوز margin_call_level</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="174"/>
        <source>must be an object mapping symbols to instrument definitions</source>
        <translation>يجب أن يكون كائنًا يربط الرموز بتعريفات الأدوات</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="201"/>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="219"/>
        <source>must be an object mapping symbols to prices</source>
        <translation>يجب أن يكون كائنًا يربط الرموز بالأسعار</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="248"/>
        <source>must be at least the bid ({bid})</source>
        <translation>يجب ألا يقل عن سعر الشراء bid ({bid})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="258"/>
        <source>must be an array of positions</source>
        <translation>يجب أن يكون مصفوفة مراكز</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="336"/>
        <source>must be an array of pending orders</source>
        <translation>يجب أن يكون قائمة أوامر معلقة</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="365"/>
        <source>a stop-limit order needs its stop price (the trigger)</source>
        <translation>أمر الإيقاف المحدد يحتاج إلى سعر الإيقاف (سعر التفعيل)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="368"/>
        <source>only stop-limit orders have a stop</source>
        <translation>أوامر الإيقاف المحددة وحدها لها إيقاف</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="26"/>
        <source>unknown symbol {symbol} (did you mean {close}?)</source>
        <translation>رمز غير معروف {symbol} (هل تقصد {close}؟)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="28"/>
        <source>unknown symbol {symbol}; define it under &quot;instruments&quot;</source>
        <translation>رمز غير معروف {symbol}؛ عرّفه ضمن &quot;instruments&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="16"/>
        <source>no price for {symbol} under &quot;prices&quot;</source>
        <translation>لا يوجد سعر لـ {symbol} ضمن &quot;prices&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="62"/>
        <source>{error} (the scheme counts tiers in {currency})</source>
        <translation>{error} (يحسب المخطط الشرائح بـ {currency})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="78"/>
        <source>stop out ({stop}%) must not be above margin call ({call}%)</source>
        <translation>يجب ألا يتجاوز إيقاف الخسارة ({stop}%) نداء الهامش ({call}%)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="100"/>
        <source>the {type} {lots} {symbol} at {price} is already reached by the {side} {market}: the terminal would have filled it</source>
        <translation>{type} {lots} {symbol} عند {price} بلغه {side} {market} بالفعل: كانت المنصة ستنفذه</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="139"/>
        <source>the positions counted together in {scope} take different volume_tiers ladders ({taken}): choose a finer volume_scope</source>
        <translation>المراكز المحسوبة معًا في {scope} تأخذ سلالم volume_tiers مختلفة ({taken}): اختر volume_scope أدق</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="65"/>
        <source>must be a list of tiers such as [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</source>
        <translation>يجب أن يكون قائمة شرائح مثل [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="84"/>
        <source>the first tier must start at 0</source>
        <translation>يجب أن تبدأ الشريحة الأولى من 0</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="87"/>
        <source>tiers must strictly increase</source>
        <translation>يجب أن تتزايد الشرائح تزايدًا صارمًا</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="168"/>
        <source>must be between 0 and 1 (the share of hedged volume margined)</source>
        <translation>يجب أن يكون بين 0 و1 (حصة الحجم المغطّى التي يُحسب لها هامش)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="175"/>
        <source>must be one of {modes}, a share between 0 and 1, or a map of classes to those, not {value}</source>
        <translation>يجب أن يكون أحد {modes}، أو حصة بين 0 و1، أو خريطة من الفئات إلى هذه القيم، وليس {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="195"/>
        <location filename="../../core/files/scheme_file.py" line="225"/>
        <source>unknown instrument class (one of {classes})</source>
        <translation>فئة أداة غير معروفة (إحدى {classes})</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="212"/>
        <source>must be an object mapping instrument classes to leverage</source>
        <translation>يجب أن يكون كائنًا يربط فئات الأدوات بالرافعة</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="220"/>
        <source>unknown instrument class (one of {classes}) or symbol (upper case, as XAGUSD)</source>
        <translation>فئة أداة غير معروفة (إحدى {classes}) أو رمز (بأحرف كبيرة مثل XAGUSD)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="271"/>
        <source>must be an object mapping account types to {{margin_call, stop_out}}</source>
        <translation>يجب أن يكون كائنًا يربط أنواع الحسابات بـ {{margin_call, stop_out}}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="380"/>
        <source>an example of this kind of rule, not a broker&apos;s own table</source>
        <translation>مثال على هذا النوع من القواعد، وليس جدول وسيط</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="382"/>
        <source>kept for files made with it; for this broker pick {preset}</source>
        <translation>محفوظ للملفات التي أُنشئت به؛ لهذا الوسيط اختر {preset}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="116"/>
        <source>one of {choices}</source>
        <translation>أحد {choices}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="24"/>
        <source>switch to a {choice} account</source>
        <translation>انتقل إلى حساب {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="25"/>
        <source>switch to one of these accounts: {choice}</source>
        <translation>انتقل إلى أحد هذه الحسابات: {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="28"/>
        <source>open the account on {choice}</source>
        <translation>افتح الحساب على {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="29"/>
        <source>open the account on one of: {choice}</source>
        <translation>افتح الحساب على إحدى المنصات: {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="71"/>
        <source>below {amount} {currency}</source>
        <translation>أقل من {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="77"/>
        <source>equity must be below the limit, not at it</source>
        <translation>يجب أن تكون حقوق الملكية أقل من الحد، لا عنده</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="80"/>
        <source>equity {amount} {currency} over the limit</source>
        <translation>حقوق الملكية تتجاوز الحد بـ {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="127"/>
        <source>at least {count}</source>
        <translation>{count} على الأقل</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="130"/>
        <source>1 more closed trade</source>
        <translation>صفقة مغلقة واحدة أخرى</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="132"/>
        <source>{count} more closed trades</source>
        <translation>{count} صفقات مغلقة أخرى</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="143"/>
        <source>at least {lots} lots</source>
        <translation>{lots} لوت على الأقل</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="144"/>
        <source>{lots} more closed lots</source>
        <translation>{lots} لوت مغلق آخر</translation>
    </message>
    <message>
        <location filename="../../core/model/conversion.py" line="56"/>
        <source>no price converts {source} to {target}; add a price for {pair}</source>
        <translation>لا يوجد سعر يحوّل {source} إلى {target}؛ أضف سعرًا لـ {pair}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="32"/>
        <source>at the current price</source>
        <translation>بالسعر الحالي</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="33"/>
        <source>at the open price</source>
        <translation>بسعر الفتح</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="38"/>
        <source>below</source>
        <translation>أدناه</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="39"/>
        <source>above</source>
        <translation>أعلاه</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="40"/>
        <source>buy</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="41"/>
        <source>sell</source>
        <translation>بيع</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="78"/>
        <source>none up to {pips} pips</source>
        <translation>لا شيء حتى {pips} نقطة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="80"/>
        <location filename="../../core/report.py" line="223"/>
        <location filename="../../core/report.py" line="475"/>
        <source>reached now</source>
        <translation>بلغه الآن</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="81"/>
        <source>{pips} pips</source>
        <translation>{pips} نقطة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="191"/>
        <source>never: only the analysed symbol&apos;s price moves</source>
        <translation>أبدًا: لا يتحرك إلا سعر الرمز المحلَّل</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="193"/>
        <source>{pips} pips {side} ({price})</source>
        <translation>{pips} نقطة {side} ({price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="204"/>
        <location filename="../../core/report.py" line="477"/>
        <location filename="../../core/report.py" line="488"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="206"/>
        <source>{pips} pips {side} ({price}, {percent}), equity {change} {currency}</source>
        <translation>{pips} نقطة {side} ({price}، {percent})، حقوق الملكية {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="228"/>
        <source>none below</source>
        <translation>لا شيء أدناه</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="230"/>
        <source>none above</source>
        <translation>لا شيء أعلاه</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="241"/>
        <source>STOP OUT</source>
        <translation>إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="245"/>
        <location filename="../../core/report.py" line="246"/>
        <source>MARGIN CALL</source>
        <translation>نداء الهامش</translation>
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
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="252"/>
        <source>NEAR</source>
        <translation>قريب</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="266"/>
        <source>{pips} pips away (a fall to {price})</source>
        <translation>على بعد {pips} نقطة (انخفاض إلى {price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="268"/>
        <source>{pips} pips away (a rise to {price})</source>
        <translation>على بعد {pips} نقطة (ارتفاع إلى {price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="270"/>
        <source>{level} {away}</source>
        <translation>{level} {away}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="275"/>
        <source>none (no margin)</source>
        <translation>لا شيء (لا هامش)</translation>
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
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="35"/>
        <location filename="../../core/overview/printed.py" line="13"/>
        <location filename="../../core/report.py" line="292"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="36"/>
        <location filename="../../core/report.py" line="294"/>
        <source>Credit</source>
        <translation>الائتمان</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="17"/>
        <location filename="../../core/report.py" line="295"/>
        <source>Floating P/L</source>
        <translation>الربح/الخسارة العائمة</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="14"/>
        <location filename="../../core/report.py" line="296"/>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="15"/>
        <location filename="../../core/report.py" line="297"/>
        <location filename="../../core/report.py" line="328"/>
        <location filename="../../core/report.py" line="549"/>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="16"/>
        <location filename="../../core/report.py" line="298"/>
        <location filename="../../core/report.py" line="550"/>
        <source>Free margin</source>
        <translation>الهامش الحر</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="299"/>
        <location filename="../../core/report.py" line="551"/>
        <source>Margin level</source>
        <translation>مستوى الهامش</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="41"/>
        <location filename="../../core/report.py" line="309"/>
        <location filename="../../core/report.py" line="329"/>
        <location filename="../../core/report.py" line="552"/>
        <source>Leverage</source>
        <translation>الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="301"/>
        <source>{effective} (selected {selected}, granted {granted})</source>
        <translation>{effective} (المختارة {selected}، الممنوحة {granted})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="308"/>
        <source>{leverage}; {charged}</source>
        <translation>{leverage}؛ {charged}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="310"/>
        <source>Margin basis</source>
        <translation>أساس حساب الهامش</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="312"/>
        <source>Margin call / stop out</source>
        <translation>نداء الهامش / إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="315"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="319"/>
        <source>Positions</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="34"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="37"/>
        <source>Account type</source>
        <translation>نوع الحساب</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="38"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="39"/>
        <source>Closed trades</source>
        <translation>الصفقات المغلقة</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="40"/>
        <source>Closed lots</source>
        <translation>اللوتات المغلقة</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="53"/>
        <source>Levels in</source>
        <translation>المستويات بـ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="56"/>
        <location filename="../../core/report.py" line="323"/>
        <location filename="../../core/report.py" line="358"/>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="57"/>
        <location filename="../../core/report.py" line="324"/>
        <source>Side</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="58"/>
        <location filename="../../core/report.py" line="325"/>
        <location filename="../../core/report.py" line="359"/>
        <source>Lots</source>
        <translation>اللوتات</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="59"/>
        <source>Open</source>
        <translation>الفتح</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="60"/>
        <source>Swap</source>
        <translation>السواب</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="61"/>
        <source>Comm.</source>
        <translation>العمولة</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="66"/>
        <source>Opened at leverage</source>
        <translation>الرافعة عند الفتح</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="69"/>
        <source>Restr.</source>
        <translation>مقيّد</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="326"/>
        <source>Notional</source>
        <translation>القيمة الاسمية</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="327"/>
        <source>P/L</source>
        <translation>الربح/الخسارة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="352"/>
        <source>Pending orders (margin now counts none; each fills as the price moves)</source>
        <translation>الأوامر المعلقة (الهامش الآن لا يحتسب أيًّا منها؛ يُنفَّذ كل أمر حين يبلغه السعر)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="357"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="360"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="361"/>
        <source>Margin after</source>
        <translation>الهامش بعده</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="362"/>
        <source>Fills at</source>
        <translation>يُنفَّذ عند</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="390"/>
        <source>Price levels of {symbol} (mid; all other prices and the spread fixed)</source>
        <translation>مستويات سعر {symbol} (السعر الأوسط؛ بقية الأسعار والسبريد ثابتة)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="395"/>
        <source>Price levels of {symbol} (mid; all other prices fixed)</source>
        <translation>مستويات سعر {symbol} (السعر الأوسط؛ بقية الأسعار ثابتة)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="46"/>
        <location filename="../../core/report.py" line="400"/>
        <location filename="../../core/report.py" line="553"/>
        <source>Margin call</source>
        <translation>نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="51"/>
        <location filename="../../core/report.py" line="401"/>
        <location filename="../../core/report.py" line="554"/>
        <source>Stop out</source>
        <translation>إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="410"/>
        <source>Spread of {symbol} (mid fixed; now {pips} pips)</source>
        <translation>سبريد {symbol} (السعر الأوسط ثابت؛ الآن {pips} نقطة)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="417"/>
        <source>Margin call at</source>
        <translation>نداء الهامش عند</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="418"/>
        <source>Stop out at</source>
        <translation>إيقاف الخسارة عند</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="426"/>
        <source>Unlimited leverage: eligible</source>
        <translation>الرافعة غير المحدودة: مؤهل</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="428"/>
        <source>Unlimited leverage: not eligible</source>
        <translation>الرافعة غير المحدودة: غير مؤهل</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="439"/>
        <source>required {requirement}</source>
        <translation>المطلوب {requirement}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="444"/>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="480"/>
        <source>{price} ({pips} pips {side})</source>
        <translation>{price} ({pips} نقطة {side})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="498"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage} (الشريحة {tier})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="528"/>
        <source>It never fills in the searched range of prices.</source>
        <translation>لا يُنفَّذ في نطاق الأسعار الذي بُحث فيه.</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="530"/>
        <source>It fills {where}: margin {before} -&gt; {after} {currency}</source>
        <translation>يُنفَّذ {where}: الهامش {before} -&gt; {after} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="542"/>
        <source>REFUSED: free margin after would be {amount} {currency}</source>
        <translation>مرفوض: سيكون الهامش الحر بعده {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="568"/>
        <source>What if: {orders} (a pending order opens when the price reaches it)</source>
        <translation>ماذا لو: {orders} (يُفتح الأمر المعلق حين يبلغه السعر)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="572"/>
        <source>What if: {orders} (at the ask or the bid now)</source>
        <translation>ماذا لو: {orders} (بسعر البيع ask أو الشراء bid الآن)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="585"/>
        <source>   (level prices of {symbol})</source>
        <translation>   (مستويات سعر {symbol})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="592"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="595"/>
        <source>After the orders</source>
        <translation>بعد الأوامر</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="136"/>
        <source>the statement prints no balance</source>
        <translation>لا يعرض كشف الحساب الرصيد</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="215"/>
        <source>leverage {leverage} as given</source>
        <translation>الرافعة {leverage} كما أُعطيت</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="219"/>
        <source>leverage {leverage} as the statement shows</source>
        <translation>الرافعة {leverage} كما يعرضها الكشف</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="196"/>
        <location filename="../../core/statements/mt4.py" line="124"/>
        <source>the statement does not show the leverage</source>
        <translation>لا يعرض كشف الحساب الرافعة</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="197"/>
        <location filename="../../core/statements/mt5.py" line="100"/>
        <source>MetaTrader 5 reports do not show the leverage</source>
        <translation>لا تعرض تقارير MetaTrader 5 الرافعة</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="235"/>
        <source>the statement does not show its currency: USD assumed</source>
        <translation>لا يعرض الكشف العملة: افتُرض USD</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="182"/>
        <source>no price for {symbol} in the statement ({reason}): add it</source>
        <translation>لا يوجد سعر لـ {symbol} في الكشف ({reason}): أضفه</translation>
    </message>
    <message>
        <location filename="../../core/statements/file_kind.py" line="34"/>
        <source>neither an fxmargin scenario (JSON) nor a MetaTrader statement (HTML or XLSX)</source>
        <translation>ليس سيناريو fxmargin (JSON) ولا كشف MetaTrader (HTML أو XLSX)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="184"/>
        <source>the profits of {count} positions ({symbols}) come out a {unit} off the printed ones: the terminal converted them at another rate than the middle of the prices the statement prints</source>
        <translation>أرباح {count} مراكز ({symbols}) تختلف بمقدار {unit} عن المطبوعة: حوّلها المنصة بسعر آخر غير منتصف الأسعار التي يطبعها الكشف</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="188"/>
        <source>the file does not print {pair}, and the broker&apos;s margin of {symbols} goes through it: the printed margin needs {pair} {needed}, where the statement&apos;s own prices give {now}</source>
        <translation>الملف لا يطبع {pair}، وهامش الوسيط لـ {symbols} يمر عبره: الهامش المطبوع يحتاج {pair} {needed}، بينما تعطي أسعار الكشف نفسها {now}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="347"/>
        <source>the statement prints one side of the price of {symbols} (the bid on a buy, the ask on a sell): their spread is not in it</source>
        <translation>الكشف يطبع جانبًا واحدًا من سعر {symbols} (Bid في الشراء، Ask في البيع): السبريد ليس فيه</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="418"/>
        <source>{pair} {price} implied by the printed profits of {count} positions in {quote} ({symbols}), to within {share}</source>
        <translation>{pair} {price} مستنتج من الأرباح المطبوعة لـ {count} صفقات بعملة {quote} ({symbols})، بدقة {share}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="461"/>
        <source>the {type} {lots} {symbol} at {price} is left out: the statement&apos;s price already reaches it</source>
        <translation>{type} {lots} {symbol} عند {price} مستبعد: سعر الكشف بلغه بالفعل</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="494"/>
        <source>leverage not in the file and no margin to match: 1:100 assumed; set the leverage (--leverage on the command line)</source>
        <translation>الرافعة غير موجودة في الملف ولا هامش للمطابقة: افتُرضت 1:100؛ اضبط الرافعة (--leverage في سطر الأوامر)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="533"/>
        <source>the margin cannot be computed without the missing prices, so no rule was searched for: {leverage} used; set the leverage (--leverage on the command line)</source>
        <translation>لا يمكن حساب الهامش دون الأسعار الناقصة، لذا لم يتم البحث عن قاعدة: تُستخدم {leverage}؛ حدد الرافعة (--leverage في سطر الأوامر)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="583"/>
        <source>{leverage} with the {preset} preset</source>
        <translation>{leverage} مع الإعداد المسبق {preset}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="630"/>
        <source>the statement&apos;s free margin is the balance less the margin: the broker leaves the floating P/L out of free margin (a server setting). fxmargin&apos;s free margin includes it; margin level, margin call and stop out do in both</source>
        <translation>الهامش الحر في الكشف هو الرصيد ناقص الهامش: يترك الوسيط الربح/الخسارة العائمة خارج الهامش الحر (إعداد في الخادم). الهامش الحر في fxmargin يشملها؛ ومستوى الهامش ونداء الهامش والإيقاف يشملونها في كليهما</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="63"/>
        <source>summary (balance, equity)</source>
        <translation>الملخص (الرصيد، حقوق الملكية)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="84"/>
        <source>row {row}: trade type {kind} skipped</source>
        <translation>الصف {row}: تم تخطي نوع الصفقة {kind}</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="90"/>
        <source>row {row}: a {kind} row with too few cells, skipped</source>
        <translation>الصف {row}: صف {kind} بخلايا قليلة جدًا، تم تخطيه</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="105"/>
        <source>size {text} is not a number</source>
        <translation>الحجم {text} ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="117"/>
        <source>{count} broker archive rows (item &apos;profit&apos;) not counted as trades</source>
        <translation>{count} صفوف أرشيف الوسيط (البند &apos;profit&apos;) لم تُحسب صفقات</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="172"/>
        <location filename="../../core/statements/mt5.py" line="166"/>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="70"/>
        <source>account block (balance, equity)</source>
        <translation>قسم الحساب (الرصيد، حقوق الملكية)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="152"/>
        <source>row {row}: order type {kind} skipped</source>
        <translation>السطر {row}: تم تخطي نوع الأمر {kind}</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="88"/>
        <source>not a MetaTrader statement</source>
        <translation>ليس كشف حساب MetaTrader</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="97"/>
        <source>the {block} is missing: the file looks cut short</source>
        <translation>{block} مفقود: يبدو الملف مقطوعًا</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="109"/>
        <source>symbol {symbol} is not in the catalog: complete its instrument</source>
        <translation>الرمز {symbol} غير موجود في الكتالوج: أكمل بيانات أداته</translation>
    </message>
    <message>
        <location filename="../../core/statements/xlsx_rows.py" line="44"/>
        <source>not a readable XLSX workbook ({error})</source>
        <translation>ليس مصنف XLSX قابلاً للقراءة ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="70"/>
        <source>a scenario must be a JSON object</source>
        <translation>يجب أن يكون السيناريو كائن JSON</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <source>must be an array</source>
        <translation>يجب أن يكون مصفوفة</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <location filename="../../gui/scenario_controller.py" line="84"/>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="555"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="589"/>
        <source>appears in two rows</source>
        <translation>يظهر في صفين</translation>
    </message>
    <message>
        <location filename="../../core/formatting.py" line="9"/>
        <source>unlimited</source>
        <translation>غير محدودة</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="322"/>
        <source>hedged lots margined in full</source>
        <translation>اللوتات المتحوطة بهامش كامل</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="323"/>
        <source>hedged lots not margined (net)</source>
        <translation>اللوتات المتحوطة بلا هامش (صافي)</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="324"/>
        <source>hedges margined on their larger leg</source>
        <translation>التحوط بهامش الجانب الأكبر</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="325"/>
        <source>hedged lots at 50%</source>
        <translation>اللوتات المتحوطة بنسبة 50%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="326"/>
        <source>hedged lots at 25%</source>
        <translation>اللوتات المتحوطة بنسبة 25%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="338"/>
        <source>{symbol} margined {times} times</source>
        <translation>هامش {symbol} مضاعف {times} مرة</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="346"/>
        <source>{group} at {leverage}</source>
        <translation>{group} عند {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="352"/>
        <source>margin at the open price</source>
        <translation>الهامش بسعر الفتح</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="354"/>
        <source>margin at the current price</source>
        <translation>الهامش بالسعر الحالي</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="358"/>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="53"/>
        <source>several rules reproduce the printed margin {margin}, so the rule is not determined: {rules}. The closest account-wide rule, {rule}, is used: it gives {computed}</source>
        <translation>عدة قواعد تعطي الهامش المطبوع {margin}، لذا القاعدة غير محددة: {rules}. تُستخدم أقرب قاعدة على مستوى الحساب، {rule}: تعطي {computed}</translation>
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
        <translation>لا توجد قاعدة مجرَّبة تعطي الهامش المطبوع {margin}: الأقرب، {rule}، يعطي {computed} (فرق {difference})</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="363"/>
        <source>{rule} reproduces the printed margin {margin}</source>
        <translation>{rule} تعطي الهامش المطبوع {margin}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="400"/>
        <source>the statement fits other rules as well: {rules}</source>
        <translation>الكشف يوافق قواعد أخرى أيضًا: {rules}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="22"/>
        <source>Not reproduced: margin {computed}, statement {printed} {currency}: {reason}</source>
        <translation>لم يُستنسخ: الهامش {computed}، الكشف {printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="25"/>
        <source>Not reproduced: equity {computed}, statement {printed} {currency}: {reason}</source>
        <translation>لم يُستنسخ: حقوق الملكية {computed}، الكشف {printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="60"/>
        <source>open positions not read</source>
        <translation>لم تُقرأ المراكز المفتوحة</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="62"/>
        <source>the scenario cannot be computed</source>
        <translation>لا يمكن حساب السيناريو</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="66"/>
        <source>Not reproduced: fxmargin cannot compute the margin ({reason}); the statement prints {printed} {currency}</source>
        <translation>لم يُستنسخ: لا يستطيع fxmargin حساب الهامش ({reason})؛ الكشف يطبع {printed} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="78"/>
        <source>Reproduced: margin and equity as the statement prints them ({printed} and {equity} {currency})</source>
        <translation>مُستنسخ: الهامش وحقوق الملكية كما يطبعهما الكشف ({printed} و {equity} {currency})</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="89"/>
        <source>Reproduced within what the statement&apos;s prices leave uncertain: margin {computed}, statement {printed} {currency} (see the notes)</source>
        <translation>مُستنسخ ضمن ما تتركه أسعار الكشف من عدم يقين: الهامش {computed}، الكشف {printed} {currency} (انظر الملاحظات)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="98"/>
        <source>some positions&apos; profits differ from the printed ones (see the notes)</source>
        <translation>أرباح بعض المراكز تختلف عن المطبوعة (انظر الملاحظات)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="100"/>
        <source>the prices differ from the statement&apos;s</source>
        <translation>الأسعار تختلف عن أسعار الكشف</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="121"/>
        <location filename="../../core/statements/reproduction.py" line="131"/>
        <source>the leverage, the scheme or the prices differ from the broker&apos;s</source>
        <translation>الرافعة أو المخطط أو الأسعار تختلف عن الوسيط</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="123"/>
        <source>the scenario changed since the import: find the broker&apos;s rule again</source>
        <translation>تغيّر السيناريو منذ الاستيراد: ابحث عن قاعدة الوسيط مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="126"/>
        <source>the file does not print the broker&apos;s {pair}</source>
        <translation>الملف لا يطبع {pair} الخاص بالوسيط</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="128"/>
        <source>several rules fit, so the broker&apos;s rule is not determined</source>
        <translation>تناسب عدة قواعد، لذا لا تتحدد قاعدة الوسيط</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="130"/>
        <source>no rule tried reproduces it</source>
        <translation>لا توجد قاعدة مجرّبة تستنسخه</translation>
    </message>
    <message>
        <location filename="../../core/result.py" line="108"/>
        <source>charged {charged} on average</source>
        <translation>يُحتسب {charged} في المتوسط</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="72"/>
        <source>line {line}: {problem}</source>
        <translation>السطر {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="80"/>
        <source>{symbol} is not a symbol fxmargin knows</source>
        <translation>{symbol} ليس رمزًا يعرفه fxmargin</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="84"/>
        <source>needs a price after the symbol</source>
        <translation>يلزم سعر بعد الرمز</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="89"/>
        <source>the ask is not a price</source>
        <translation>سعر الطلب ليس سعرًا</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="92"/>
        <source>the ask is below the bid</source>
        <translation>سعر الطلب أقل من سعر العرض</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="94"/>
        <source>{call} failed: {words} (terminal error {code})</source>
        <translation>فشل {call}: {words} (خطأ المنصة {code})</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="347"/>
        <source>the MetaTrader5 package is not installed: the live link works on Windows, with pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>حزمة MetaTrader5 غير مثبتة: يعمل الاتصال المباشر على Windows، عبر pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="360"/>
        <source>no terminal answers: {words} (terminal error {code}); start MetaTrader 5 and log in to your account</source>
        <translation>لا تجيب أي منصة: {words} (خطأ المنصة {code})؛ شغّل MetaTrader 5 وسجّل الدخول إلى حسابك</translation>
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
        <translation>أمر buy limit {lots} {symbol} عند {price} يُنفَّذ بعد {pips} نقطة هبوطًا: الهامش {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="115"/>
        <source>the sell stop {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>أمر sell stop {lots} {symbol} عند {price} يُنفَّذ بعد {pips} نقطة هبوطًا: الهامش {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="120"/>
        <source>the sell stop limit {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>أمر sell stop limit {lots} {symbol} عند {price} يُنفَّذ بعد {pips} نقطة هبوطًا: الهامش {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="125"/>
        <source>the sell limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>أمر sell limit {lots} {symbol} عند {price} يُنفَّذ بعد {pips} نقطة صعودًا: الهامش {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="130"/>
        <source>the buy stop {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>أمر buy stop {lots} {symbol} عند {price} يُنفَّذ بعد {pips} نقطة صعودًا: الهامش {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="135"/>
        <source>the buy stop limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>أمر buy stop limit {lots} {symbol} عند {price} يُنفَّذ بعد {pips} نقطة صعودًا: الهامش {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="177"/>
        <source>{type} {lots} at {price}</source>
        <translation>{type} {lots} عند {price}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about_dialog.py" line="35"/>
        <source>The list of bundled libraries and their licences is missing from this copy.</source>
        <translation>قائمة المكتبات المضمّنة وتراخيصها مفقودة من هذه النسخة.</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="44"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({key}), checked {date}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({key})، تم التحقق في {date}</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="50"/>
        <source>Brokers change their terms: check yours. Each preset&apos;s numbers were read in the source below on the date given.</source>
        <translation>يغيّر الوسطاء شروطهم: تحقق من وسيطك. قُرئت أرقام كل إعداد مسبق من المصدر أدناه في التاريخ المذكور.</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="61"/>
        <source>About fxmargin</source>
        <translation>حول fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="63"/>
        <source>Margin, free margin, margin level, and the prices where margin call and stop out come, for accounts with floating leverage. Offline: nothing is sent anywhere.</source>
        <translation>الهامش والهامش الحر ومستوى الهامش والأسعار التي يحدث عندها نداء الهامش وإيقاف الخسارة، للحسابات ذات الرافعة المتغيرة. دون اتصال: لا يُرسل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="67"/>
        <source>MIT licence. Qt and PySide6 under the GNU LGPL 3.0, other libraries under their own licences (Licences tab).</source>
        <translation>ترخيص MIT. ‏Qt وPySide6 بموجب GNU LGPL 3.0، والمكتبات الأخرى بموجب تراخيصها (تبويب التراخيص).</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="80"/>
        <source>Where the preset numbers come from</source>
        <translation>مصدر أرقام الإعدادات المسبقة</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="81"/>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="83"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="68"/>
        <source>Broker and account</source>
        <translation>الوسيط والحساب</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="89"/>
        <source>Broker &amp;scheme</source>
        <translation>&amp;مخطط الوسيط</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="99"/>
        <source>Account type; unlimited leverage and the broker&apos;s levels depend on it.</source>
        <translation>نوع الحساب؛ تعتمد عليه الرافعة غير المحدودة ومستويات الوسيط.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="101"/>
        <source>Account &amp;type</source>
        <translation>&amp;نوع الحساب</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="105"/>
        <source>Trading platform; Exness grants unlimited leverage on MT4 only.</source>
        <translation>منصة التداول؛ تمنح Exness الرافعة غير المحدودة على MT4 فقط.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="107"/>
        <source>&amp;Platform</source>
        <translation>&amp;المنصة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="118"/>
        <source>Account currency: balance, equity and margin are in it. USC = US cents.</source>
        <translation>عملة الحساب: الرصيد وحقوق الملكية والهامش بها. USC = سنتات أمريكية.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="120"/>
        <source>C&amp;urrency</source>
        <translation>&amp;العملة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="122"/>
        <source>Balance: deposits plus closed profit.</source>
        <translation>الرصيد: الإيداعات مضافًا إليها الربح المغلق.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="124"/>
        <source>&amp;Balance</source>
        <translation>&amp;الرصيد</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="126"/>
        <source>Credit (bonus) the broker adds to equity.</source>
        <translation>الائتمان (المكافأة) الذي يضيفه الوسيط إلى حقوق الملكية.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="128"/>
        <source>C&amp;redit</source>
        <translation>ال&amp;ائتمان</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="133"/>
        <source>The leverage you picked (1:500 or Unlimited). The broker&apos;s rules may grant less.</source>
        <translation>الرافعة التي اخترتها (1:500 أو غير محدودة). قد تمنح قواعد الوسيط أقل.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="138"/>
        <source>&amp;Leverage 1:</source>
        <translation>ال&amp;رافعة 1:</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="142"/>
        <source>Closed trades so far (pending orders do not count).</source>
        <translation>الصفقات المغلقة حتى الآن (لا تُحسب الأوامر المعلّقة).</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="145"/>
        <source>Lots of closed trades so far.</source>
        <translation>لوتات الصفقات المغلقة حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="148"/>
        <source>lots</source>
        <translation>لوت</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="150"/>
        <source>Closed trades</source>
        <translation>الصفقات المغلقة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="156"/>
        <source>Margin call level; empty: the broker&apos;s for this account type.</source>
        <translation>مستوى نداء الهامش؛ فارغ: مستوى الوسيط لهذا النوع من الحسابات.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="160"/>
        <source>Stop-out level; empty: the broker&apos;s for this account type.</source>
        <translation>مستوى إيقاف الخسارة؛ فارغ: مستوى الوسيط لهذا النوع من الحسابات.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="165"/>
        <source>Levels in percent of margin, or as amounts of equity.</source>
        <translation>المستويات كنسبة مئوية من الهامش، أو كمبالغ من حقوق الملكية.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="172"/>
        <source>percent</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="173"/>
        <source>money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="178"/>
        <source>Margin call</source>
        <translation>نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="179"/>
        <source>Stop out</source>
        <translation>إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="181"/>
        <source>Restricted market</source>
        <translation>سوق مقيّد</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="184"/>
        <source>The broker&apos;s caps in volatile periods (Exness: forex and gold 1:200, silver 1:100, oil 1:20).</source>
        <translation>حدود الوسيط في الفترات المتقلبة (Exness: الفوركس والذهب 1:200، الفضة 1:100، النفط 1:20).</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="248"/>
        <source>Older presets and examples:</source>
        <translation>إعدادات قديمة وأمثلة:</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="263"/>
        <source>{name} — my preset</source>
        <translation>{name} — إعدادي المسبق</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="331"/>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="337"/>
        <source>{name} (in this file)</source>
        <translation>{name} (في هذا الملف)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="350"/>
        <source>{description}

Source: {source}</source>
        <translation>{description}

المصدر: {source}</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="356"/>
        <source>A scheme defined in this file.</source>
        <translation>مخطط معرّف في هذا الملف.</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="17"/>
        <source>Account type</source>
        <translation>نوع الحساب</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="18"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="19"/>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="20"/>
        <source>Closed trades</source>
        <translation>الصفقات المغلقة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="21"/>
        <source>Closed lots</source>
        <translation>اللوتات المغلقة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="27"/>
        <source>Unlimited leverage checklist</source>
        <translation>قائمة شروط الرافعة غير المحدودة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="66"/>
        <source>This scheme has no conditions for unlimited leverage.</source>
        <translation>لا شروط لهذا المخطط للرافعة غير المحدودة.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="68"/>
        <source>&lt;b&gt;Eligible&lt;/b&gt; for unlimited leverage.</source>
        <translation>&lt;b&gt;مؤهل&lt;/b&gt; للرافعة غير المحدودة.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="70"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;: picking Unlimited gives {leverage}.</source>
        <translation>&lt;b&gt;غير مؤهل&lt;/b&gt;: اختيار غير محدودة يعطي {leverage}.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="75"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; for unlimited leverage (you picked a fixed leverage).</source>
        <translation>&lt;b&gt;غير مؤهل&lt;/b&gt; للرافعة غير المحدودة (اخترت رافعة ثابتة).</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../gui/error_reporting.py" line="38"/>
        <source>(the log could not be written: {error})</source>
        <translation>(تعذرت كتابة السجل: {error})</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="44"/>
        <source>fxmargin: unexpected error</source>
        <translation>fxmargin: خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="45"/>
        <source>Something went wrong: {kind}: {error}

Your work is kept; the last good results stay on screen.
Details: {where}</source>
        <translation>حدث خطأ: {kind}: {error}

عملك محفوظ؛ تبقى آخر نتائج صالحة على الشاشة.
التفاصيل: {where}</translation>
    </message>
</context>
<context>
    <name>Leverage</name>
    <message>
        <location filename="../../gui/common/number_text.py" line="16"/>
        <source>Unlimited</source>
        <translation>غير محدودة</translation>
    </message>
</context>
<context>
    <name>LeverageChart</name>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="36"/>
        <source>Leverage 1:</source>
        <translation>الرافعة 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="66"/>
        <source>unlimited</source>
        <translation>غير محدودة</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <location filename="../../gui/live_link.py" line="23"/>
        <source>Needs MetaQuotes&apos; MetaTrader5 package, which runs on Windows: pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>يحتاج حزمة MetaTrader5 من MetaQuotes، وهي تعمل على Windows: pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="72"/>
        <source>the terminal&apos;s answer could not be read: {error}</source>
        <translation>تعذّرت قراءة رد المنصة: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="110"/>
        <source>MetaTrader 5: connecting…</source>
        <translation>MetaTrader 5: جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="122"/>
        <source>MetaTrader 5: disconnected</source>
        <translation>MetaTrader 5: قُطع الاتصال</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="129"/>
        <source>MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>MetaTrader 5: {server}، الحساب {account}، قُرئ في {time}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="139"/>
        <source>MetaTrader 5: {reason}</source>
        <translation>MetaTrader 5: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="142"/>
        <source>MetaTrader 5: {reason}; showing the reading of {time}</source>
        <translation>MetaTrader 5: {reason}؛ تُعرض قراءة {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>fxmargin scenarios (*.json);;MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>سيناريوهات fxmargin (*.json);;كشوف MetaTrader (*.htm *.html *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79"/>
        <source>MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>كشوف MetaTrader (*.htm *.html *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>Plots</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>Stress tests</source>
        <translation>اختبارات الضغط</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>Heat map</source>
        <translation>الخريطة الحرارية</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Positions ({count})</source>
        <translation>المراكز ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>Pending orders ({count})</source>
        <translation>الأوامر المعلقة ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>&amp;Import statement…</source>
        <translation>&amp;استيراد كشف الحساب…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Open the &amp;example</source>
        <translation>فتح &amp;المثال</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>&amp;Recent files</source>
        <translation>الملفات &amp;الأخيرة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>Save &amp;as…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>&amp;تصدير النتائج (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>&amp;Connect to MetaTrader 5</source>
        <translation>ا&amp;تصال بـ MetaTrader 5</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>&amp;Disconnect from MetaTrader 5</source>
        <translation>&amp;قطع الاتصال بـ MetaTrader 5</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
        <source>&amp;Copy results</source>
        <translation>&amp;نسخ النتائج</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Every figure of the results, as text</source>
        <translation>كل أرقام النتائج، نصًا</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>Copy results as CS&amp;V</source>
        <translation>نسخ النتائج بصيغة CS&amp;V</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>&amp;Scheme</source>
        <translation>&amp;مخطط الرافعة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>&amp;Save as my preset…</source>
        <translation>&amp;حفظ كإعداد مسبق خاص بي…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318"/>
        <source>&amp;My presets…</source>
        <translation>&amp;إعداداتي المسبقة…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332"/>
        <source>&amp;About fxmargin</source>
        <translation>&amp;حول fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="359"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="360"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>سيستخدم fxmargin اللغة {language} بدءًا من التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="366"/>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>Cannot save the preset</source>
        <translation>تعذر حفظ الإعداد المسبق</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="456"/>
        <source>The scheme has problems; fix them first (Scheme &gt; Edit…):</source>
        <translation>في المخطط مشكلات؛ أصلحها أولاً (مخطط الرافعة &gt; تحرير…):</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="650"/>
        <source>Save scenario</source>
        <translation>حفظ السيناريو</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="652"/>
        <source>fxmargin scenarios (*.json)</source>
        <translation>سيناريوهات fxmargin ‏(*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="512"/>
        <source>{file} (imported)</source>
        <translation>{file} (مستورد)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="514"/>
        <source>example (unsaved)</source>
        <translation>مثال (غير محفوظ)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="516"/>
        <source>new scenario (unsaved)</source>
        <translation>سيناريو جديد (غير محفوظ)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="554"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="555"/>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation>في هذا السيناريو تغييرات غير محفوظة. هل تحفظها أولاً؟</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="577"/>
        <source>Open scenario</source>
        <translation>فتح سيناريو</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="587"/>
        <source>Import a MetaTrader statement</source>
        <translation>استيراد كشف حساب MetaTrader</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="78"/>
        <location filename="../../gui/main_window.py" line="613"/>
        <source>Cannot open this file</source>
        <translation>تعذر فتح هذا الملف</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="660"/>
        <source>Cannot save</source>
        <translation>تعذر الحفظ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="674"/>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="723"/>
        <source>a new scenario</source>
        <translation>سيناريو جديد</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="726"/>
        <source>Restore unsaved work?</source>
        <translation>استعادة العمل غير المحفوظ؟</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="728"/>
        <source>fxmargin closed on {time} without saving your changes to {name}. Restore them?</source>
        <translation>أُغلق fxmargin في {time} دون حفظ تغييراتك على {name}. هل تستعيدها؟</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="41"/>
        <source>New order (what if)</source>
        <translation>أمر جديد (ماذا لو)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="53"/>
        <source>lots</source>
        <translation>لوت</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="82"/>
        <source>Lots from size by risk</source>
        <translation>اللوتات من الحجم حسب المخاطرة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="89"/>
        <source>Most lots</source>
        <translation>أقصى عدد لوتات</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="85"/>
        <source>The lots of this order&apos;s symbol and side that risk what Tools&apos; position size by risk asks (its stop, risk and commission)</source>
        <translation>لوتات رمز هذا الأمر واتجاهه التي تخاطر بما يطلبه حجم المركز حسب المخاطرة في الأدوات (وقفه ومخاطرته وعمولته)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="91"/>
        <source>The most lots of this order&apos;s symbol and side that free margin allows</source>
        <translation>أكبر عدد من لوتات رمز هذا الأمر واتجاهه يسمح به الهامش الحر</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="99"/>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to positions</source>
        <translation>أضف إلى المراكز</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="64"/>
        <source>at market</source>
        <translation>بسعر السوق</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="65"/>
        <source>limit order at</source>
        <translation>أمر limit عند</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="66"/>
        <source>stop order at</source>
        <translation>أمر stop عند</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="69"/>
        <source>A pending order opens when the price reaches it (a buy on the ask, a sell on the bid): a buy limit or sell stop below the market, a buy stop or sell limit above. Nothing is charged until it fills.</source>
        <translation>يُفتح الأمر المعلق حين يبلغه السعر (الشراء على ask والبيع على bid): buy limit أو sell stop تحت السوق، وbuy stop أو sell limit فوقه. لا يُحتسب هامش حتى يُنفَّذ.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="76"/>
        <source>price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="102"/>
        <source>Open this order in the scenario, at the ask (buy) or bid (sell)</source>
        <translation>افتح هذا الأمر في السيناريو بسعر ask (شراء) أو bid (بيع)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="141"/>
        <source>Type a symbol and lots to see what the order would do.</source>
        <translation>اكتب رمزًا وعدد لوتات لترى ما سيفعله الأمر.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="165"/>
        <source>lots must be a number above 0</source>
        <translation>يجب أن تكون اللوتات رقمًا أكبر من 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="173"/>
        <source>the price must be a number above 0</source>
        <translation>يجب أن يكون السعر رقمًا أكبر من 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to orders</source>
        <translation>أضف إلى الأوامر</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="316"/>
        <source>{fill}. After: {state}</source>
        <translation>{fill}. بعده: {state}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="318"/>
        <source>Margin needed {amount} {currency}. After: {state}</source>
        <translation>الهامش المطلوب {amount} {currency}. بعدها: {state}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="36"/>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="37"/>
        <source>Instrument symbol from the catalog</source>
        <translation>رمز الأداة من الكتالوج</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="41"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="42"/>
        <source>buy limit or sell stop: fills on a fall; buy stop or sell limit: fills on a rise. A buy fills on the ask, a sell on the bid</source>
        <translation>buy limit أو sell stop: يُنفَّذ عند الهبوط؛ buy stop أو sell limit: عند الصعود. الشراء يُنفَّذ على ask والبيع على bid</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="50"/>
        <source>Lots</source>
        <translation>اللوتات</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="51"/>
        <source>Volume in lots the order opens</source>
        <translation>الحجم باللوت الذي يفتحه الأمر</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="55"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="56"/>
        <source>The order&apos;s price: the position opens there (a stop-limit&apos;s limit price)</source>
        <translation>سعر الأمر: يُفتح المركز عنده (سعر الحد في أمر stop limit)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="63"/>
        <source>Stop</source>
        <translation>الإيقاف</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="64"/>
        <source>A stop-limit order&apos;s trigger; empty for the other types</source>
        <translation>سعر تفعيل أمر stop limit؛ فارغ في الأنواع الأخرى</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="69"/>
        <source>Fills at</source>
        <translation>يُنفَّذ عند</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="70"/>
        <source>How far the analysed symbol&apos;s mid moves before the order fills, and that mid; an order on another symbol never fills here (only the analysed price moves)</source>
        <translation>كم يتحرك السعر الأوسط للرمز المحلَّل قبل تنفيذ الأمر، وذلك السعر؛ أمر على رمز آخر لا يُنفَّذ هنا (لا يتحرك إلا السعر المحلَّل)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="77"/>
        <source>Margin after</source>
        <translation>الهامش بعده</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="78"/>
        <source>The account&apos;s margin once the order has filled (with every order filled on the way); margin now counts no pending order, as the terminal does</source>
        <translation>هامش الحساب بعد تنفيذ الأمر (مع كل الأوامر المنفَّذة في الطريق)؛ الهامش الآن لا يحتسب أي أمر معلق، كما في المنصة</translation>
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
        <translation>نُفِّذ عند هذا السعر</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="151"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="153"/>
        <source>{pips} pips below ({price})</source>
        <translation>{pips} نقطة أدنى ({price})</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="155"/>
        <source>{pips} pips above ({price})</source>
        <translation>{pips} نقطة أعلى ({price})</translation>
    </message>
</context>
<context>
    <name>OrdersTable</name>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="31"/>
        <location filename="../../gui/inputs/orders_table.py" line="88"/>
        <source>Pending orders</source>
        <translation>الأوامر المعلقة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="70"/>
        <source>Add a pending order (Insert)</source>
        <translation>أضف أمرًا معلقًا (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="71"/>
        <source>Duplicate the selected order (Ctrl+D)</source>
        <translation>كرّر الأمر المحدد (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="72"/>
        <source>Remove the selected orders (Delete)</source>
        <translation>احذف الأوامر المحددة (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="75"/>
        <source>Margin now counts none; each fills as the price moves</source>
        <translation>الهامش الآن لا يحتسب أيًّا منها؛ يُنفَّذ كل أمر حين يبلغه السعر</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="86"/>
        <source>Pending orders (amounts in {currency})</source>
        <translation>الأوامر المعلقة (المبالغ بـ {currency})</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="37"/>
        <location filename="../../gui/plots/price_plot.py" line="65"/>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="40"/>
        <location filename="../../gui/plots/price_plot.py" line="62"/>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="48"/>
        <source>Max leverage 1:</source>
        <translation>أقصى رافعة 1:</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="51"/>
        <source>Leverage</source>
        <translation>الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="74"/>
        <source>Margin ({currency})</source>
        <translation>الهامش ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="79"/>
        <source>Equity ({currency})</source>
        <translation>حقوق الملكية ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="90"/>
        <source>unlimited</source>
        <translation>غير محدودة</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="98"/>
        <location filename="../../gui/plots/price_plot.py" line="143"/>
        <source>now {price}</source>
        <translation>الآن {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="112"/>
        <source>equity {equity} {currency}:  margin {margin} {currency}  leverage {leverage}</source>
        <translation>حقوق الملكية {equity} {currency}:  الهامش {margin} {currency}  الرافعة {leverage}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="125"/>
        <location filename="../../gui/plots/level_plot.py" line="113"/>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="54"/>
        <location filename="../../gui/plots/level_plot.py" line="30"/>
        <source>Margin level (%)</source>
        <translation>مستوى الهامش (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="82"/>
        <source>Orange line: margin call; red line: stop out. + is now. Each cell re-prices the whole account with both prices moved.</source>
        <translation>الخط البرتقالي: نداء الهامش؛ الخط الأحمر: إيقاف الخسارة. + هو الآن. كل خلية تعيد تسعير الحساب كله مع تحرك السعرين.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="123"/>
        <source>The heat map needs positions in two symbols: it moves the two largest.</source>
        <translation>تحتاج الخريطة الحرارية إلى مراكز في رمزين: تحرّك الرمزين الأكبر.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="147"/>
        <source>{symbol} move (%)</source>
        <translation>تحرك {symbol} (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="162"/>
        <location filename="../../gui/plots/level_plot.py" line="100"/>
        <source>none (no margin)</source>
        <translation>لا شيء (لا هامش)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="164"/>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="165"/>
        <location filename="../../gui/plots/price_plot.py" line="38"/>
        <source>margin call</source>
        <translation>نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="166"/>
        <location filename="../../gui/plots/price_plot.py" line="39"/>
        <source>stop out</source>
        <translation>إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="168"/>
        <source>{x_symbol} {x_move}%, {y_symbol} {y_move}%: equity {equity}, margin level {level}, {state}</source>
        <translation>{x_symbol} {x_move}%، {y_symbol} {y_move}%: حقوق الملكية {equity}، مستوى الهامش {level}، {state}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="32"/>
        <source>Margin level</source>
        <translation>مستوى الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="60"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="71"/>
        <source>margin call {level}%</source>
        <translation>نداء الهامش {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="79"/>
        <source>stop out {level}%</source>
        <translation>إيقاف الخسارة {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="99"/>
        <source>{symbol} {price}:  margin level {level}</source>
        <translation>{symbol} {price}:  مستوى الهامش {level}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="188"/>
        <source>pips from the market</source>
        <translation>نقاط من سعر السوق</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="409"/>
        <location filename="../../gui/plots/plot_base.py" line="412"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="431"/>
        <source>{symbol} price (mid)</source>
        <translation>سعر {symbol} (الأوسط)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="59"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="68"/>
        <source>Free margin</source>
        <translation>الهامش الحر</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="83"/>
        <source>Drag to see the account at another price (a what-if price)</source>
        <translation>اسحب لترى الحساب عند سعر آخر (سعر افتراضي)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="113"/>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="126"/>
        <source>market {price}</source>
        <translation>السوق {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="141"/>
        <source>what if {price}</source>
        <translation>لو {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="159"/>
        <source>{symbol} {price}:  margin {margin}  equity {equity}  free margin {free} {currency}</source>
        <translation>{symbol} {price}:  الهامش {margin}  حقوق الملكية {equity}  الهامش الحر {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>What if</source>
        <translation>ماذا لو</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="38"/>
        <source>Margin vs price</source>
        <translation>الهامش مقابل السعر</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="39"/>
        <source>Margin level vs price</source>
        <translation>مستوى الهامش مقابل السعر</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="40"/>
        <source>Margin and leverage vs equity</source>
        <translation>الهامش والرافعة مقابل حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="72"/>
        <source>All at once</source>
        <translation>الكل معًا</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="73"/>
        <source>Show the three plots stacked instead of in tabs</source>
        <translation>اعرض الرسوم الثلاثة مكدسة بدل التبويبات</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="75"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="76"/>
        <source>Save the plot as a picture, or its curve&apos;s numbers</source>
        <translation>احفظ الرسم صورةً أو أرقام منحناه</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="78"/>
        <source>Picture (PNG)…</source>
        <translation>صورة (PNG)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="79"/>
        <source>The plot shown (all plots, when shown at once)</source>
        <translation>الرسم المعروض (كل الرسوم عند عرضها معًا)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="81"/>
        <source>Numbers (CSV)…</source>
        <translation>الأرقام (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="82"/>
        <source>The curve&apos;s numbers (the price curve, when all plots are shown)</source>
        <translation>أرقام المنحنى (منحنى السعر عند عرض كل الرسوم)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="85"/>
        <source>Out of date</source>
        <translation>قديم</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="87"/>
        <source>The plots show the last valid input until the marked fields are fixed</source>
        <translation>تعرض الرسوم آخر إدخال صالح حتى تُصلح الحقول المعلَّمة</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source>what if </source>
        <translation>لو </translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source> pips</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="105"/>
        <source>Move the analysed symbol&apos;s price by this many pips from the market: every figure, table and plot follows, as a what-if. Or drag the price line.</source>
        <translation>حرّك سعر الرمز المحلَّل بهذا العدد من النقاط عن السوق: يتبعه كل رقم وجدول ورسم كافتراض. أو اسحب خط السعر.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="110"/>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="112"/>
        <source>Back to the market price (Esc on the plots)</source>
        <translation>العودة إلى سعر السوق (Esc على الرسوم)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="120"/>
        <source>Danger zone</source>
        <translation>منطقة الخطر</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="125"/>
        <source>When a margin call or stop out is within 1% of the price, frame the price plots on it (unticked: the nearest levels and tier thresholds, however far)</source>
        <translation>عندما يكون نداء الهامش أو إيقاف الخسارة ضمن 1% من السعر، ركّز رسوم السعر عليه (دون تحديد: أقرب المستويات وعتبات الشرائح مهما بعدت)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="132"/>
        <source>Orders fill</source>
        <translation>تنفيذ الأوامر</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="137"/>
        <source>Pending orders of the analysed symbol fill where its price reaches them, in every figure that moves the price (unticked: no order ever fills)</source>
        <translation>تُنفَّذ الأوامر المعلقة للرمز المحلَّل حيث يبلغها سعره، في كل رقم يحرّك السعر (دون علامة: لا يُنفَّذ أي أمر)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="212"/>
        <source>Nothing to draw until the marked fields are fixed.</source>
        <translation>لا شيء للرسم حتى تُصحَّح الحقول المعلّمة.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="308"/>
        <source>No open positions: add one to see margin against its price.</source>
        <translation>لا مراكز مفتوحة: أضف مركزًا لترى الهامش مقابل سعره.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="334"/>
        <source>Export plot as PNG</source>
        <translation>تصدير الرسم بصيغة PNG</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="336"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="345"/>
        <source>Export curve as CSV</source>
        <translation>تصدير المنحنى بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="347"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="40"/>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="41"/>
        <source>Instrument symbol from the catalog (EURUSD, XAUUSD, US500 ...)</source>
        <translation>رمز الأداة من الكتالوج (EURUSD، XAUUSD، US500 ...)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="47"/>
        <source>Side</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="48"/>
        <source>buy or sell</source>
        <translation>شراء أو بيع</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="52"/>
        <source>Lots</source>
        <translation>اللوتات</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="53"/>
        <source>Volume in lots; 1 lot = the contract size</source>
        <translation>الحجم باللوتات؛ 1 لوت = حجم العقد</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="57"/>
        <source>Open</source>
        <translation>الفتح</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="58"/>
        <source>Price the position was opened at</source>
        <translation>السعر الذي فُتح به المركز</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="62"/>
        <source>Swap</source>
        <translation>السواب</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="63"/>
        <source>Swap so far, in account currency (negative = paid)</source>
        <translation>السواب حتى الآن بعملة الحساب (سالب = مدفوع)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="67"/>
        <source>Comm.</source>
        <translation>العمولة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="68"/>
        <source>Commission paid, in account currency (negative = paid)</source>
        <translation>العمولة المدفوعة بعملة الحساب (سالب = مدفوع)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="74"/>
        <source>Open lev.</source>
        <translation>رافعة الفتح</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="75"/>
        <source>Leverage the position was opened with; kept under schemes that apply tier changes to new positions only</source>
        <translation>الرافعة التي فُتح بها المركز؛ تبقى في المخططات التي تطبّق تغيير الشرائح على المراكز الجديدة فقط</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="83"/>
        <source>Restr.</source>
        <translation>مقيّد</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="84"/>
        <source>Opened in a high-margin period (news, around the weekend): the broker keeps it on the scheme&apos;s restricted leverage cap</source>
        <translation>فُتح في فترة هامش مرتفع (أخبار، حول عطلة نهاية الأسبوع): يبقيه الوسيط على حد الرافعة المقيّد في المخطط</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="93"/>
        <source>Notional</source>
        <translation>القيمة الاسمية</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="94"/>
        <source>lots x contract size x price (ask for a buy, bid for a sell), in account currency</source>
        <translation>اللوتات × حجم العقد × السعر (ask للشراء، bid للبيع)، بعملة الحساب</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="100"/>
        <source>P/L</source>
        <translation>الربح/الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="101"/>
        <source>side x (close - open) x lots x contract size, converted, + swap + commission; a buy closes at the bid, a sell at the ask</source>
        <translation>الاتجاه × (الإغلاق - الفتح) × اللوتات × حجم العقد، محوَّلاً، + السواب + العمولة؛ الشراء يُغلق عند bid والبيع عند ask</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="108"/>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="109"/>
        <source>margined notional (at the current or the open price, as the scheme says) / leverage, volume tiers blended in, times the instrument&apos;s margin multiplier</source>
        <translation>القيمة الاسمية الخاضعة للهامش (بالسعر الحالي أو سعر الفتح حسب المخطط) / الرافعة، مع مزج شرائح الحجم، مضروبة في مضاعف هامش الأداة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="116"/>
        <source>Leverage</source>
        <translation>الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="117"/>
        <source>the leverage the position&apos;s margin is charged at: the account&apos;s, capped by class, instrument and market caps, volume tiers blended in</source>
        <translation>الرافعة التي يُحتسب بها هامش المركز: رافعة الحساب، محدودة بحدود الفئة والأداة والسوق، مع دمج شرائح الحجم</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="125"/>
        <source>buy</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="126"/>
        <source>sell</source>
        <translation>بيع</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="37"/>
        <location filename="../../gui/inputs/positions_table.py" line="93"/>
        <source>Positions</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="226"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="78"/>
        <source>Add a position (Insert)</source>
        <translation>إضافة مركز (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="227"/>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="79"/>
        <source>Duplicate the selected position (Ctrl+D)</source>
        <translation>تكرار المركز المحدد (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="228"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="80"/>
        <source>Remove the selected positions (Delete)</source>
        <translation>إزالة المراكز المحددة (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="83"/>
        <source>Notional, swap, comm.: right-click the header</source>
        <translation>القيمة الاسمية، السواب، العمولة: انقر بالزر الأيمن على الترويسة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="91"/>
        <source>Positions (amounts in {currency})</source>
        <translation>المراكز (المبالغ بـ {currency})</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="29"/>
        <source>fxmargin presets and scenarios (*.json);;All files (*)</source>
        <translation>إعدادات وسيناريوهات fxmargin (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="39"/>
        <source>My presets</source>
        <translation>إعداداتي المسبقة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="43"/>
        <source>Kept in {folder}</source>
        <translation>محفوظة في {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="52"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="93"/>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="96"/>
        <source>Checked: {date}</source>
        <translation>تم التحقق: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="99"/>
        <source>File: {file}</source>
        <translation>الملف: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="131"/>
        <source>Cannot rename</source>
        <translation>تعذرت إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="135"/>
        <source>Cannot delete</source>
        <translation>تعذر الحذف</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="138"/>
        <source>Cannot export</source>
        <translation>تعذر التصدير</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="157"/>
        <source>Rename preset</source>
        <translation>إعادة تسمية الإعداد المسبق</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="158"/>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="171"/>
        <source>Delete preset</source>
        <translation>حذف الإعداد المسبق</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="172"/>
        <source>Delete your preset “{name}”? Scenarios that use it keep it.</source>
        <translation>حذف إعدادك المسبق «{name}»؟ تحتفظ به السيناريوهات التي تستخدمه.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="184"/>
        <source>Export preset</source>
        <translation>تصدير الإعداد المسبق</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="191"/>
        <source>Import preset</source>
        <translation>استيراد إعداد مسبق</translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="42"/>
        <source>Symbol</source>
        <translation>الرمز</translation>
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
        <translation>السبريد</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="46"/>
        <source>Why it is needed</source>
        <translation>سبب الحاجة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="50"/>
        <source>The bid: sells open and buys close here. Typed alone, it is the whole price (no spread).</source>
        <translation>سعر bid: تُفتح عنده صفقات البيع وتُغلق صفقات الشراء. إذا كُتب وحده فهو السعر كله (بلا سبريد).</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="54"/>
        <source>The ask: buys open and sells close here. Leave it as the bid for no spread.</source>
        <translation>سعر ask: تُفتح عنده صفقات الشراء وتُغلق صفقات البيع. اتركه مساويًا لـ bid إن لم يكن هناك سبريد.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="57"/>
        <source>Ask - bid, in pips of the symbol</source>
        <translation>ask - bid، بنقاط الرمز</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="59"/>
        <source>not used by this scenario</source>
        <translation>لا يستخدمه هذا السيناريو</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="134"/>
        <source>enter the current price of {symbol}</source>
        <translation>أدخل السعر الحالي لـ {symbol}</translation>
    </message>
</context>
<context>
    <name>PricesTable</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="214"/>
        <source>Market prices</source>
        <translation>أسعار السوق</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="235"/>
        <location filename="../../gui/inputs/prices_table.py" line="274"/>
        <source>Paste prices</source>
        <translation>لصق الأسعار</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="239"/>
        <source>Paste lines of SYMBOL BID ASK or SYMBOL PRICE (Ctrl+V in the table), separated by tabs, semicolons, commas or spaces, as a spreadsheet or the terminal&apos;s Market Watch copies them</source>
        <translation>الصق أسطر الرمز BID ASK أو الرمز السعر (Ctrl+V في الجدول)، مفصولة بعلامات جدولة أو فواصل منقوطة أو فواصل أو مسافات، كما ينسخها جدول بيانات أو نافذة مراقبة السوق في المنصة</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="263"/>
        <source>paste of {count} prices</source>
        <translation>لصق {count} أسعار</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="275"/>
        <source>{count} prices pasted.</source>
        <translation>لُصق {count} سعر.</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="280"/>
        <source>The clipboard holds no lines of SYMBOL BID ASK.</source>
        <translation>لا تحتوي الحافظة على أسطر الرمز BID ASK.</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../gui/common/problem_words.py" line="36"/>
        <source>Positions, row {row}</source>
        <translation>المراكز، الصف {row}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="44"/>
        <source>Market prices, {symbol}</source>
        <translation>أسعار السوق، {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="47"/>
        <source>Broker scheme (Scheme &gt; Edit…)</source>
        <translation>مخطط الوسيط (مخطط الرافعة &gt; تحرير…)</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="49"/>
        <source>New order</source>
        <translation>أمر جديد</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="51"/>
        <source>Instrument {symbol} in the file</source>
        <translation>الأداة {symbol} في الملف</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="54"/>
        <source>The scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="62"/>
        <source>Type {symbol}&apos;s price in Market prices.</source>
        <translation>اكتب سعر {symbol} في أسعار السوق.</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="66"/>
        <source>{source} amounts cannot be turned into {target} yet: type a price for {pair} in Market prices.</source>
        <translation>لا يمكن بعد تحويل مبالغ {source} إلى {target}: اكتب سعرًا لـ {pair} في أسعار السوق.</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="75"/>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="50"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="51"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="55"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="56"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="39"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="40"/>
        <source>Deposits plus closed profit.</source>
        <translation>الإيداعات مضافًا إليها الربح المغلق.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="44"/>
        <source>Floating P/L</source>
        <translation>الربح/الخسارة العائمة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="45"/>
        <source>Sum over positions of side x (close - open) x lots x contract size, converted at mids, + swap + commission. A buy closes at the bid, a sell at the ask.</source>
        <translation>مجموع المراكز: الاتجاه × (الإغلاق - الفتح) × اللوتات × حجم العقد، محوَّلاً بالأسعار الوسطى، + السواب + العمولة. الشراء يُغلق عند bid والبيع عند ask.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="53"/>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="54"/>
        <source>Balance + credit + floating P/L.</source>
        <translation>الرصيد + الائتمان + الربح/الخسارة العائمة.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="58"/>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="59"/>
        <source>Sum of the positions&apos; margins: margined notional / leverage, volume tiers blended in. A buy is priced at the ask and a sell at the bid, or at its open price (MT5).</source>
        <translation>مجموع هوامش المراكز: القيمة الاسمية الخاضعة للهامش / الرافعة، مع مزج شرائح الحجم. يُسعَّر الشراء عند ask والبيع عند bid، أو بسعر فتحه (MT5).</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="67"/>
        <source>Margin basis</source>
        <translation>أساس حساب الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="68"/>
        <source>The price margin is computed at: the current bid or ask (MetaTrader 4), or each position&apos;s open price (MetaTrader 5 and brokers that fix margin at opening).</source>
        <translation>السعر الذي يُحسب عنده الهامش: سعر bid أو ask الحالي (MetaTrader 4)، أو سعر فتح كل مركز (MetaTrader 5 والوسطاء الذين يثبّتون الهامش عند الفتح).</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="76"/>
        <source>Free margin</source>
        <translation>الهامش الحر</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="77"/>
        <source>Equity - margin.</source>
        <translation>حقوق الملكية - الهامش.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="81"/>
        <source>Margin level</source>
        <translation>مستوى الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="82"/>
        <source>Equity / margin x 100%. None without margin.</source>
        <translation>حقوق الملكية / الهامش × 100%. لا شيء دون هامش.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>Leverage</source>
        <translation>الرافعة المالية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="87"/>
        <source>min(the leverage granted after the unlimited-leverage rules, the equity tier&apos;s leverage). Where volume tiers or class caps charge the open positions at another leverage, their average on the notional follows.</source>
        <translation>الأدنى بين (الرافعة الممنوحة بعد قواعد الرافعة غير المحدودة، ورافعة شريحة حقوق الملكية). حيث تحتسب شرائح الحجم أو حدود الفئة المراكز المفتوحة برافعة أخرى، يتبعها متوسطها على القيمة الاسمية.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="96"/>
        <source>Margin call / stop out</source>
        <translation>نداء الهامش / إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="97"/>
        <source>Margin call when equity &lt;= margin call level x margin; stop out likewise (or equity &lt;= an amount with money levels).</source>
        <translation>نداء الهامش عندما حقوق الملكية &lt;= مستوى نداء الهامش × الهامش؛ وإيقاف الخسارة كذلك (أو حقوق الملكية &lt;= مبلغ عند المستويات النقدية).</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="109"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="126"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="132"/>
        <source>What is near: the margin call (or, at margin call, the stop out) at its nearer price. Orange when it is closer than ten of the symbol&apos;s current spreads (ten pips without a spread): a news release or the rollover can move that far at once.</source>
        <translation>ما هو قريب: نداء الهامش (أو إيقاف الخسارة إذا كان نداء الهامش قائمًا) عند سعره الأقرب. برتقالي عندما يكون أقرب من عشرة أضعاف سبريد الرمز الحالي (عشر نقاط دون سبريد): خبر أو التبييت قد يحرّك السعر هذه المسافة دفعة واحدة.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="164"/>
        <source>Margin call and stop-out prices</source>
        <translation>أسعار نداء الهامش وإيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="170"/>
        <source>The symbol whose price moves; all other prices stay fixed. Default: the largest notional.</source>
        <translation>الرمز الذي يتحرك سعره؛ تبقى بقية الأسعار ثابتة. الافتراضي: صاحب أكبر قيمة اسمية.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="175"/>
        <source>Moving</source>
        <translation>الرمز المتحرك</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="181"/>
        <source>The nearest mid prices below and above where the level is reached, the spread kept and every rule re-applied at each price; distances in pips and percent.</source>
        <translation>أقرب الأسعار الوسطى أدناه وأعلاه حيث يُبلغ المستوى، مع بقاء السبريد وإعادة تطبيق كل قاعدة عند كل سعر؛ المسافات بالنقاط والنسبة المئوية.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="188"/>
        <source>Margin call</source>
        <translation>نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="189"/>
        <source>Stop out</source>
        <translation>إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="192"/>
        <source>Spread widening (rollover, news)</source>
        <translation>اتساع السبريد (التبييت، الأخبار)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="201"/>
        <source>The smallest spread of the moving symbol, its mid fixed, at which the level is reached: positions close at the bid or the ask, so a wide spread alone can do it.</source>
        <translation>أصغر سبريد للرمز المحلَّل، مع ثبات سعره الأوسط، يُبلغ عنده المستوى: تُغلق المراكز عند bid أو ask، لذا قد يكفي سبريد واسع وحده.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="206"/>
        <source>Spread now</source>
        <translation>السبريد الآن</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="207"/>
        <source>Margin call at</source>
        <translation>نداء الهامش عند</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="208"/>
        <source>Stop out at</source>
        <translation>إيقاف الخسارة عند</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="211"/>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="251"/>
        <source>NOT UP TO DATE: fix the marked fields</source>
        <translation>غير محدّث: أصلح الحقول المعلَّمة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="255"/>
        <source>... and {count} more</source>
        <translation>... و{count} أخرى</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="257"/>
        <source>Fix these to update the results:</source>
        <translation>أصلح ما يلي لتحديث النتائج:</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="269"/>
        <source>WHAT IF {symbol} were at {price}: {pips} pips from the market ({market}). Not the market: Market (or Esc on the plots) goes back.</source>
        <translation>ماذا لو كان {symbol} عند {price}: {pips} نقطة عن السوق ({market}). ليس سعر السوق: زر السوق (أو Esc على الرسوم) يعيدك.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="284"/>
        <source> + {amount} credit</source>
        <translation> + ائتمان {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="296"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage} (الشريحة {tier})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="305"/>
        <source>Picked {selected}, granted {granted}.</source>
        <translation>المختارة {selected}، الممنوحة {granted}.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="331"/>
        <source>no open positions</source>
        <translation>لا مراكز مفتوحة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="338"/>
        <source>{pips} pips ({symbol})</source>
        <translation>{pips} نقطة ({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="349"/>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="361"/>
        <source>Largest notional ({symbol})</source>
        <translation>أكبر قيمة اسمية ({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="363"/>
        <source>Largest notional</source>
        <translation>أكبر قيمة اسمية</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="89"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="90"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ScenarioController</name>
    <message>
        <location filename="../../gui/scenario_controller.py" line="283"/>
        <source>position {row}: {field}</source>
        <translation>المركز {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="286"/>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="287"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="288"/>
        <source>Lots</source>
        <translation>اللوتات</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="289"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="290"/>
        <source>Stop</source>
        <translation>الإيقاف</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="292"/>
        <source>pending order {row}: {field}</source>
        <translation>الأمر المعلق {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="299"/>
        <source>change of scheme</source>
        <translation>تغيير النظام</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="321"/>
        <source>new position</source>
        <translation>مركز جديد</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="333"/>
        <source>removal of positions</source>
        <translation>حذف مراكز</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="344"/>
        <source>new pending order</source>
        <translation>أمر معلق جديد</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="368"/>
        <source>removal of pending orders</source>
        <translation>حذف أوامر معلقة</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="384"/>
        <source>price of {symbol}</source>
        <translation>سعر {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="567"/>
        <source>{symbol} read as {instrument}</source>
        <translation>{symbol} يُقرأ كـ {instrument}</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="59"/>
        <source>all positions</source>
        <translation>كل المراكز</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="60"/>
        <source>new positions only</source>
        <translation>المراكز الجديدة فقط</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="63"/>
        <source>notional (account currency)</source>
        <translation>القيمة الاسمية (عملة الحساب)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="64"/>
        <source>lots</source>
        <translation>لوت</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="67"/>
        <source>the whole account</source>
        <translation>الحساب كله</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="68"/>
        <source>each group (major, minor, exotic, metal…)</source>
        <translation>كل مجموعة (رئيسية، ثانوية، غريبة، معادن…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="69"/>
        <source>each class (forex, metal, index…)</source>
        <translation>كل فئة (فوركس، معادن، مؤشرات…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="70"/>
        <source>each symbol</source>
        <translation>كل رمز</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="73"/>
        <source>margined lots (after hedging)</source>
        <translation>اللوتات الخاضعة للهامش (بعد التحوّط)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="74"/>
        <source>the larger of buys and sells</source>
        <translation>الأكبر بين الشراء والبيع</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="75"/>
        <source>buys and sells together</source>
        <translation>الشراء والبيع معًا</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="79"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="80"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="81"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="82"/>
        <source>Checked on</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="83"/>
        <source>Margin priced</source>
        <translation>تسعير الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="84"/>
        <source>Tiers apply to</source>
        <translation>تُطبَّق الشرائح على</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="85"/>
        <source>Volume counted in</source>
        <translation>يُحسب الحجم بـ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="86"/>
        <source>Counted over</source>
        <translation>يُحسب على</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="87"/>
        <source>Counting</source>
        <translation>طريقة العدّ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="88"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="348"/>
        <source>Account types</source>
        <translation>أنواع الحسابات</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="89"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="353"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="90"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Equity below</source>
        <translation>حقوق الملكية أقل من</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="91"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="357"/>
        <source>Closed trades at least</source>
        <translation>الصفقات المغلقة على الأقل</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="92"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="358"/>
        <source>Closed lots at least</source>
        <translation>اللوتات المغلقة على الأقل</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="361"/>
        <source>Otherwise 1:</source>
        <translation>وإلا 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="119"/>
        <source>Edit broker scheme</source>
        <translation>تحرير مخطط الوسيط</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="55"/>
        <source>at the current price</source>
        <translation>بالسعر الحالي</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="56"/>
        <source>at the open price</source>
        <translation>بسعر الفتح</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="93"/>
        <source>Fallback</source>
        <translation>البديل</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>The scheme&apos;s name, as the scheme list shows it.</source>
        <translation>اسم المخطط كما تعرضه قائمة المخططات.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>One line on what the rules are.</source>
        <translation>سطر واحد عن ماهية القواعد.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="133"/>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="134"/>
        <source>Where the numbers come from: the broker&apos;s page or e-mail.</source>
        <translation>مصدر الأرقام: صفحة الوسيط أو بريده.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="138"/>
        <source>C&amp;hecked on</source>
        <translation>تاريخ ال&amp;تحقق</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="139"/>
        <source>The date you last read the source (YYYY-MM-DD).</source>
        <translation>تاريخ آخر قراءة للمصدر (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="142"/>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="148"/>
        <source>The currency the scheme&apos;s equity and notional limits are in.</source>
        <translation>عملة حدود حقوق الملكية والقيمة الاسمية في المخطط.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="153"/>
        <source>Margin p&amp;riced</source>
        <translation>ت&amp;سعير الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="157"/>
        <source>C&amp;urrency</source>
        <translation>&amp;العملة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="162"/>
        <source>&amp;Equity tiers</source>
        <translation>شرائح &amp;حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="163"/>
        <source>&amp;Volume tiers</source>
        <translation>شرائح ال&amp;حجم</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="164"/>
        <source>Hedging and &amp;caps</source>
        <translation>التحوّط وال&amp;حدود</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="165"/>
        <source>Unlimited and &amp;levels</source>
        <translation>غير المحدودة وال&amp;مستويات</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="174"/>
        <source>&amp;Use in this scenario</source>
        <translation>ا&amp;ستخدم في هذا السيناريو</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="176"/>
        <source>Save as &amp;my preset…</source>
        <translation>حفظ كإعدادي ال&amp;مسبق…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <source>From (equity)</source>
        <translation>من (حقوق الملكية)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="238"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Leverage 1:</source>
        <translation>الرافعة 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="223"/>
        <source>The equity at which this tier starts; the first starts at 0.</source>
        <translation>حقوق الملكية التي تبدأ عندها هذه الشريحة؛ الأولى تبدأ من 0.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="227"/>
        <source>The leverage the account gets at each level of equity. No rows: none.</source>
        <translation>الرافعة التي يحصل عليها الحساب عند كل مستوى من حقوق الملكية. بلا صفوف: لا شيء.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="236"/>
        <source>Ladder (all, group, class or symbol)</source>
        <translation>السلّم (all، مجموعة، فئة، أو رمز)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="237"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="244"/>
        <source>Rows with the same key form one ladder. &apos;all&apos; is one ladder for every position; with other ladders it is the ladder for the rest.</source>
        <translation>الصفوف ذات المفتاح نفسه تشكّل سلّمًا واحدًا. &apos;all&apos; سلّم واحد لكل المراكز؛ ومع سلالم أخرى هو سلّم البقية.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="248"/>
        <source>Where this tier starts, in the unit below; each ladder&apos;s first starts at 0.</source>
        <translation>حيث تبدأ هذه الشريحة، بالوحدة أدناه؛ أول شريحة في كل سلّم تبدأ من 0.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="254"/>
        <source>Leverage by the volume of open positions, applied tier by tier.</source>
        <translation>الرافعة حسب حجم المراكز المفتوحة، تُطبَّق شريحة بشريحة.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="278"/>
        <source>none: both sides margined; net: only the difference; larger_leg: the larger side; a number h: the share of covered lots that is margined.</source>
        <translation>none: يُحسب هامش الجانبين؛ net: الفرق فقط؛ larger_leg: الجانب الأكبر؛ رقم h: حصة اللوتات المغطّاة التي يُحسب لها هامش.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Class or symbol</source>
        <translation>الفئة أو الرمز</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="297"/>
        <source>Hedged positions (no rows: none)</source>
        <translation>المراكز المتحوَّط لها (بلا صفوف: none)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="299"/>
        <source>Highest leverage per class or symbol</source>
        <translation>أعلى رافعة لكل فئة أو رمز</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="302"/>
        <source>In a restricted market (news, weekends)</source>
        <translation>في سوق مقيّد (أخبار، عطلات نهاية الأسبوع)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="306"/>
        <source>Hedging, per class or &apos;all&apos;: none, both sides margined; net, only the difference; larger_leg, the larger side; a number h from 0 to 1, that share of the covered lots margined (0.5: half).</source>
        <translation>التحوّط، لكل فئة أو &apos;all&apos;: none، يُحسب هامش الجانبين؛ net، الفرق فقط؛ larger_leg، الجانب الأكبر؛ رقم h من 0 إلى 1، تلك الحصة من اللوتات المغطّاة يُحسب لها هامش (0.5: النصف).</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="312"/>
        <source>From the terminal&apos;s symbol specification: MT4&apos;s hedged margin is per lot, so half the contract size is 0.5. MT5&apos;s is per covered pair: one lot&apos;s margin (hedged margin equal to the contract size) is 0.5, half a lot&apos;s is 0.25, none is net; MT5&apos;s &apos;calculate hedged margin using larger leg&apos; is larger_leg.</source>
        <translation>من مواصفات الرمز في المنصة: هامش التحوط في MT4 لكل لوت، لذا نصف حجم العقد هو 0.5. وفي MT5 لكل زوج مغطى: هامش لوت واحد (هامش تحوط يساوي حجم العقد) هو 0.5، ونصف لوت هو 0.25، ولا شيء هو net؛ و&apos;احسب هامش التحوط بالساق الأكبر&apos; في MT5 هو larger_leg.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="319"/>
        <source>Caps: an instrument never gets more leverage than its class&apos;s or its symbol&apos;s (symbols in capitals, as XAGUSD); a symbol&apos;s entry wins over its class&apos;s.</source>
        <translation>الحدود: لا تحصل الأداة أبدًا على رافعة أعلى من حد فئتها أو رمزها (الرموز بأحرف كبيرة مثل XAGUSD)؛ إدخال الرمز يتقدّم على إدخال فئته.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="324"/>
        <source>Restricted market: the caps for positions marked restricted, or for all when the account form&apos;s Restricted market is ticked; &apos;all&apos; is one cap for every position.</source>
        <translation>السوق المقيّد: حدود المراكز الموسومة بأنها مقيّدة، أو كل المراكز عند تحديد السوق المقيّد في نموذج الحساب؛ &apos;all&apos; حد واحد لكل المراكز.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="338"/>
        <source>Unlimited leverage for eligible accounts</source>
        <translation>رافعة غير محدودة للحسابات المؤهلة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="349"/>
        <source>Comma-separated; empty: every type.</source>
        <translation>مفصولة بفواصل؛ فارغ: كل الأنواع.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="354"/>
        <source>Comma-separated (MT4, MT5); empty: every platform.</source>
        <translation>مفصولة بفواصل (MT4، MT5)؛ فارغ: كل المنصات.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Unlimited only below this equity.</source>
        <translation>غير محدودة فقط دون حقوق الملكية هذه.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="362"/>
        <source>The leverage of an account that is not eligible.</source>
        <translation>رافعة الحساب غير المؤهل.</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Account type</source>
        <translation>نوع الحساب</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Margin call %</source>
        <translation>نداء الهامش %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Stop out %</source>
        <translation>إيقاف الخسارة %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="375"/>
        <source>Margin call and stop out by account type</source>
        <translation>نداء الهامش وإيقاف الخسارة حسب نوع الحساب</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="431"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="437"/>
        <source>Equity tiers</source>
        <translation>شرائح حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="441"/>
        <source>Hedging</source>
        <translation>التحوّط</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="446"/>
        <source>Caps</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="452"/>
        <source>Restricted market</source>
        <translation>سوق مقيّد</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="489"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="545"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="552"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>{table}, row {row}</source>
        <translation>{table}، الصف {row}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="492"/>
        <source>{place}, From</source>
        <translation>{place}، من</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="495"/>
        <source>{place}, Leverage</source>
        <translation>{place}، الرافعة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="511"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="517"/>
        <source>Volume tiers</source>
        <translation>شرائح الحجم</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="521"/>
        <source>Volume tiers ({ladder})</source>
        <translation>شرائح الحجم ({ladder})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="561"/>
        <source>Unlimited leverage</source>
        <translation>الرافعة غير المحدودة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="565"/>
        <source>Unlimited: {field}</source>
        <translation>غير محدودة: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="577"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>Levels</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="583"/>
        <source>{place}, Margin call</source>
        <translation>{place}، نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="586"/>
        <source>{place}, Stop out</source>
        <translation>{place}، إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="671"/>
        <source>equity tiers</source>
        <translation>شرائح حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="672"/>
        <source>Equity ({currency})</source>
        <translation>حقوق الملكية ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="679"/>
        <source>Volume, lots</source>
        <translation>الحجم، لوتات</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="681"/>
        <source>Volume, notional ({currency})</source>
        <translation>الحجم، القيمة الاسمية ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="709"/>
        <source>Cannot save the preset</source>
        <translation>تعذر حفظ الإعداد المسبق</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="44"/>
        <source>Positions: add a position</source>
        <translation>المراكز: إضافة مركز</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="45"/>
        <source>Positions: duplicate the selected position</source>
        <translation>المراكز: تكرار المركز المحدد</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="46"/>
        <source>Positions: remove the selected positions</source>
        <translation>المراكز: حذف المراكز المحددة</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="47"/>
        <source>Tables: edit the cell (or start typing)</source>
        <translation>الجداول: تحرير الخلية (أو ابدأ الكتابة)</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="48"/>
        <source>Plots: back to the market price</source>
        <translation>الرسوم: العودة إلى سعر السوق</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="51"/>
        <source>Market prices: paste lines of SYMBOL BID ASK</source>
        <translation>أسعار السوق: لصق أسطر الرمز BID ASK</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="183"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>What they do</source>
        <translation>ما تفعله</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="34"/>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>Imported statement</source>
        <translation>كشف الحساب المستورد</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Statement</source>
        <translation>الكشف</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="61"/>
        <source>Find the broker&apos;s rule again</source>
        <translation>ابحث عن قاعدة الوسيط مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="65"/>
        <source>Search again for the leverage, margin price, hedging and caps that reproduce the printed margin, with the prices, the leverage and the scheme as you have them now (a leverage you changed and a preset you picked are kept)</source>
        <translation>ابحث مرة أخرى عن الرافعة وسعر الهامش والتحوط والحدود التي تستنسخ الهامش المطبوع، بالأسعار والرافعة والمخطط كما هي لديك الآن (تُحفظ الرافعة التي غيّرتها والإعداد المسبق الذي اخترته)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>MetaTrader 5, live</source>
        <translation>MetaTrader 5، مباشر</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Terminal</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="112"/>
        <source>Live from MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>مباشر من MetaTrader 5: {server}، الحساب {account}، قُرئ في {time}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="122"/>
        <source>{platform} statement {file}</source>
        <translation>كشف {platform} {file}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="127"/>
        <source>, account {account}</source>
        <translation>، الحساب {account}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="139"/>
        <source>1 open position</source>
        <translation>مركز مفتوح واحد</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="141"/>
        <source>{count} open positions</source>
        <translation>{count} مراكز مفتوحة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="142"/>
        <source>1 closed trade ({lots} lots)</source>
        <translation>صفقة مغلقة واحدة ({lots} لوت)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="144"/>
        <source>{count} closed trades ({lots} lots)</source>
        <translation>{count} صفقات مغلقة ({lots} لوت)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="147"/>
        <source>1 pending order</source>
        <translation>أمر معلّق واحد</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="149"/>
        <source>{count} pending orders</source>
        <translation>{count} أوامر معلّقة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="216"/>
        <source>Added up as the terminal does: each position&apos;s P/L rounded to the cent (a yen) first, as the positions table shows it. The Results panel adds them unrounded, so it may differ by a few cents.</source>
        <translation>مجموع كما تفعل المنصة: ربح/خسارة كل مركز مقرّب أولاً إلى السنت (إلى الين)، كما يعرضه جدول المراكز. لوحة النتائج تجمعها دون تقريب، لذا قد تختلف ببضعة سنتات.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="225"/>
        <source>agrees</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="228"/>
        <source>fxmargin and the statement agree to the printed unit</source>
        <translation>يتفق fxmargin والكشف حتى الوحدة المطبوعة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="231"/>
        <source>fxmargin differs from the terminal&apos;s figure by more than the printed unit (a cent, or one yen): see the headline and the notes</source>
        <translation>يختلف fxmargin عن رقم المنصة بأكثر من الوحدة المطبوعة (سنت أو ين واحد): انظر العنوان والملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="255"/>
        <source>{symbol} is</source>
        <translation>{symbol} هو</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="265"/>
        <source>The catalog symbol the broker&apos;s {symbol} stands for; or complete its instrument (class, base, quote, contract and pip size) in the scenario file</source>
        <translation>رمز الكتالوج المقابل لـ {symbol} لدى الوسيط؛ أو أكمل أداته (الفئة، الأساس، التسعير، العقد وحجم النقطة) في ملف السيناريو</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="269"/>
        <source>Map</source>
        <translation>ربط</translation>
    </message>
</context>
<context>
    <name>StressPanel</name>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="31"/>
        <source>What if</source>
        <translation>ماذا لو</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="32"/>
        <source>Equity</source>
        <translation>حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="33"/>
        <source>Margin</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="34"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="35"/>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="36"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="42"/>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="43"/>
        <source>MARGIN CALL</source>
        <translation>نداء الهامش</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="44"/>
        <source>STOP OUT</source>
        <translation>إيقاف الخسارة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="51"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="77"/>
        <source> pips</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="80"/>
        <source>A weekend gap: every symbol opens this many of its pips against your net position in it (0: no gap row).</source>
        <translation>فجوة نهاية الأسبوع: يفتح كل رمز بهذا العدد من النقاط ضد مركزك الصافي (0: بلا صف فجوة).</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="86"/>
        <source>Weekend gap</source>
        <translation>فجوة نهاية الأسبوع</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="102"/>
        <source>Margin level: equity / margin x 100%</source>
        <translation>مستوى الهامش: حقوق الملكية / الهامش × 100%</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="110"/>
        <source>Each row re-prices the whole account with every rule (tiers, eligibility, conversions): each symbol alone moved; the account currency stronger or weaker against every other currency at once; each spread widened to the one that brings a margin call; a weekend gap against every position at once. In the results CSV too.</source>
        <translation>كل صف يعيد تسعير الحساب كله بكل القواعد (الشرائح، الأهلية، التحويلات): كل رمز يتحرك وحده؛ عملة الحساب أقوى أو أضعف أمام كل العملات الأخرى معًا؛ كل سبريد يتسع حتى يُحدث نداء الهامش؛ فجوة نهاية أسبوع ضد كل المراكز معًا. وفي ملف CSV للنتائج أيضًا.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="165"/>
        <source>amounts in {currency}</source>
        <translation>المبالغ بـ {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="169"/>
        <source>; the currency rows move {currency}</source>
        <translation>؛ صفوف العملة تحرّك {currency}</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="51"/>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="55"/>
        <source>Position size by risk</source>
        <translation>حجم المركز حسب المخاطرة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="63"/>
        <location filename="../../gui/panels/tools_panel.py" line="99"/>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="66"/>
        <source>Stop-loss distance in pips.</source>
        <translation>مسافة وقف الخسارة بالنقاط.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="67"/>
        <source>Stop (pips)</source>
        <translation>الوقف (نقاط)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>% of equity</source>
        <translation>% من حقوق الملكية</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="75"/>
        <source>Risk</source>
        <translation>المخاطرة</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="78"/>
        <source>Round-turn commission per lot, in account currency.</source>
        <translation>عمولة الذهاب والإياب لكل لوت، بعملة الحساب.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="79"/>
        <source>Commission / lot</source>
        <translation>العمولة / لوت</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="85"/>
        <source>lots = risk / (stop pips x pip value + commission per lot), rounded down to 0.01.</source>
        <translation>اللوتات = المخاطرة / (نقاط الوقف × قيمة النقطة + العمولة لكل لوت)، مقرّبة لأسفل إلى 0.01.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="88"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="91"/>
        <source>Maximum volume</source>
        <translation>الحجم الأقصى</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="104"/>
        <source>The most lots you can open now leaving free margin &gt;= 0.</source>
        <translation>أكبر عدد لوتات يمكنك فتحه الآن مع بقاء الهامش الحر &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="106"/>
        <source>Most lots</source>
        <translation>أقصى عدد لوتات</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="129"/>
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="131"/>
        <source>must be greater than 0</source>
        <translation>يجب أن يكون أكبر من 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="133"/>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالبًا</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="135"/>
        <source>must be at most {limit}</source>
        <translation>يجب ألا يتجاوز {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="200"/>
        <location filename="../../gui/panels/tools_panel.py" line="227"/>
        <source>needs a price for {symbol} under Market prices</source>
        <translation>يحتاج إلى سعر لـ {symbol} في أسعار السوق</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="208"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt; (risk {risk} {currency}, pip {pip} {currency}/lot)&lt;br&gt;margin needed {margin} {currency}, free margin after {free} {currency}</source>
        <translation>&lt;b&gt;{lots} لوت&lt;/b&gt; (المخاطرة {risk} {currency}، النقطة {pip} {currency}/لوت)&lt;br&gt;الهامش المطلوب {margin} {currency}، الهامش الحر بعدها {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="222"/>
        <source>&lt;b&gt;no limit&lt;/b&gt;: this position needs no margin (unlimited leverage)</source>
        <translation>&lt;b&gt;بلا حد&lt;/b&gt;: لا يحتاج هذا المركز إلى هامش (رافعة غير محدودة)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="235"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt;, margin then {margin} {currency}</source>
        <translation>&lt;b&gt;{lots} لوت&lt;/b&gt;، الهامش حينها {margin} {currency}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="81"/>
        <source>fxmargin user guide</source>
        <translation>دليل مستخدم fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="106"/>
        <source>The user guide is missing from this copy of fxmargin.</source>
        <translation>دليل المستخدم مفقود من هذه النسخة من fxmargin.</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="75"/>
        <source>Save as my preset</source>
        <translation>حفظ كإعدادي المسبق</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="76"/>
        <source>Name of your preset:</source>
        <translation>اسم إعدادك المسبق:</translation>
    </message>
</context>
</TS>
