<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name></name>
    <message>
        <location filename="../../core/analyses/curves.py" line="122"/>
        <source>volume {amount} {unit}</source>
        <translation>ปริมาณ {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/curves.py" line="124"/>
        <location filename="../../core/analyses/curves.py" line="137"/>
        <source>equity {amount} {unit}</source>
        <translation>มูลค่าสุทธิ {amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="57"/>
        <source>position in {symbol}</source>
        <translation>สถานะใน {symbol}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="65"/>
        <source>converts {currency} profit to {target}</source>
        <translation>แปลงกำไร {currency} เป็น {target}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="76"/>
        <source>converts {currency} equity to {target} for the broker&apos;s tiers</source>
        <translation>แปลงมูลค่าสุทธิ {currency} เป็น {target} สำหรับขั้นของโบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../../core/analyses/required_prices.py" line="92"/>
        <source>{purpose} (with {others})</source>
        <translation>{purpose} (ร่วมกับ {others})</translation>
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
        <translation>{currency} แข็งค่าขึ้น {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="90"/>
        <source>{currency} {percent}% weaker</source>
        <translation>{currency} อ่อนค่าลง {percent}%</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="106"/>
        <source>{symbol} spread {pips} pips</source>
        <translation>สเปรด {symbol} {pips} pip</translation>
    </message>
    <message>
        <location filename="../../core/analyses/stress_tests.py" line="117"/>
        <source>gap {pips} pips against all</source>
        <translation>ช่องว่างราคา {pips} pip สวนทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="108"/>
        <source>a {pips}-pip rise in {symbol} to {price} ({percent})</source>
        <translation>{symbol} ขึ้น {pips} pip ไปที่ {price} ({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="110"/>
        <source>a {pips}-pip fall in {symbol} to {price} ({percent})</source>
        <translation>{symbol} ลง {pips} pip ไปที่ {price} ({percent})</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="129"/>
        <source>{move} takes {scope}volume past {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move} ทำให้ปริมาณ {scope}เกิน {threshold} ล็อต: ล็อตถัดไปคิดมาร์จิ้นที่ {after} แทน {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="135"/>
        <source>{move} takes {scope}volume below {threshold} lots: each further lot is margined at {after} instead of {before}</source>
        <translation>{move} ทำให้ปริมาณ {scope}ต่ำกว่า {threshold} ล็อต: ล็อตถัดไปคิดมาร์จิ้นที่ {after} แทน {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="143"/>
        <source>{move} takes {scope}volume past {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move} ทำให้ปริมาณ {scope}เกิน {threshold} {unit}: มูลค่าสัญญาส่วนถัดไปคิดมาร์จิ้นที่ {after} แทน {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="149"/>
        <source>{move} takes {scope}volume below {threshold} {unit}: each further unit of notional is margined at {after} instead of {before}</source>
        <translation>{move} ทำให้ปริมาณ {scope}ต่ำกว่า {threshold} {unit}: มูลค่าสัญญาส่วนถัดไปคิดมาร์จิ้นที่ {after} แทน {before}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="167"/>
        <source>{move} lifts equity past {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move} ทำให้มูลค่าสุทธิเกิน {threshold} {currency}: เลเวอเรจ {before} -&gt; {after}, มาร์จิ้น {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="173"/>
        <source>{move} takes equity below {threshold} {currency}: leverage {before} -&gt; {after}, margin {change} {account_currency}</source>
        <translation>{move} ทำให้มูลค่าสุทธิต่ำกว่า {threshold} {currency}: เลเวอเรจ {before} -&gt; {after}, มาร์จิ้น {change} {account_currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="274"/>
        <source>equity +{amount} {currency} reaches {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>มูลค่าสุทธิ +{amount} {currency} ถึง {threshold} {scheme_currency}: เลเวอเรจ {before} -&gt; {after}, มาร์จิ้น {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/tier_warnings.py" line="280"/>
        <source>equity -{amount} {currency} falls below {threshold} {scheme_currency}: leverage {before} -&gt; {after}, margin {change} {currency}</source>
        <translation>มูลค่าสุทธิ -{amount} {currency} ต่ำกว่า {threshold} {scheme_currency}: เลเวอเรจ {before} -&gt; {after}, มาร์จิ้น {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="109"/>
        <source>must read like &quot;buy 2 EURUSD&quot; or &quot;sell stop 0.5 EURUSD at 1.0800&quot;, not {text}</source>
        <translation>ต้องเขียนแบบ &quot;buy 2 EURUSD&quot; หรือ &quot;sell stop 0.5 EURUSD at 1.0800&quot; ไม่ใช่ {text}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="138"/>
        <source>lots must be greater than 0 and at most {most}</source>
        <translation>ล็อตต้องมากกว่า 0 และไม่เกิน {most}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="153"/>
        <source>no price for {symbol}: add it to the prices</source>
        <translation>ไม่มีราคาของ {symbol}: เพิ่มในรายการราคา</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="211"/>
        <source>account leverage {before} -&gt; {after} (equity tier {tier_before} -&gt; {tier_after})</source>
        <translation>เลเวอเรจบัญชี {before} -&gt; {after} (ขั้นมูลค่าสุทธิ {tier_before} -&gt; {tier_after})</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="219"/>
        <source>account leverage {before} -&gt; {after}</source>
        <translation>เลเวอเรจบัญชี {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="235"/>
        <source>the open buy of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>สถานะซื้อ {lots} {symbol} ที่เปิดอยู่คิดมาร์จิ้นที่ {now} แทน {was}: มาร์จิ้น {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="241"/>
        <source>the open sell of {lots} {symbol} is margined at {now} instead of {was}: margin {before} -&gt; {after}</source>
        <translation>สถานะขาย {lots} {symbol} ที่เปิดอยู่คิดมาร์จิ้นที่ {now} แทน {was}: มาร์จิ้น {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="251"/>
        <source>the account goes from {before} to {after}</source>
        <translation>บัญชีเปลี่ยนจาก {before} เป็น {after}</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="257"/>
        <source>free margin would be {amount} {currency}: the terminal refuses an order it has no free margin for</source>
        <translation>มาร์จิ้นคงเหลือจะเป็น {amount} {currency}: เทอร์มินัลจะปฏิเสธคำสั่งที่ไม่มีมาร์จิ้นคงเหลือพอ</translation>
    </message>
    <message>
        <location filename="../../core/overview/what_if.py" line="268"/>
        <location filename="../../core/report.py" line="36"/>
        <source>stop out</source>
        <translation>stop out</translation>
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
        <translation>ปกติ</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="43"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="125"/>
        <source>required with --x price</source>
        <translation>จำเป็นเมื่อใช้ --x price</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="131"/>
        <source>no price for {symbol} in the scenario (priced: {priced})</source>
        <translation>ไม่มีราคาของ {symbol} ในสถานการณ์ (มีราคา: {priced})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="151"/>
        <source>unknown language {code} (languages: {codes})</source>
        <translation>ภาษาที่ไม่รู้จัก {code} (ภาษา: {codes})</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="180"/>
        <source>give a scenario file, or --mt5 for the running terminal</source>
        <translation>ระบุไฟล์สถานการณ์ หรือ --mt5 สำหรับเทอร์มินัลที่กำลังทำงาน</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="208"/>
        <source>must be from 2 to {most}</source>
        <translation>ต้องอยู่ระหว่าง 2 ถึง {most}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="212"/>
        <location filename="../../core/files/file_fields.py" line="72"/>
        <source>must be a finite number</source>
        <translation>ต้องเป็นตัวเลขจำกัด</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="214"/>
        <location filename="../../core/overview/what_if.py" line="160"/>
        <source>a price must be greater than 0</source>
        <translation>ราคาต้องมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="216"/>
        <source>must be greater than --from</source>
        <translation>ต้องมากกว่า --from</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="229"/>
        <source>the amounts are too large to compute along this range</source>
        <translation>จำนวนเงินใหญ่เกินกว่าจะคำนวณในช่วงนี้</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="253"/>
        <source>note: {note}</source>
        <translation>หมายเหตุ: {note}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="181"/>
        <source>the amounts are too large to compute: check prices, lots and contract sizes</source>
        <translation>จำนวนเงินใหญ่เกินกว่าจะคำนวณ: ตรวจสอบราคา ล็อต และขนาดสัญญา</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="197"/>
        <source>the account is at stop out now: the broker closes positions</source>
        <translation>บัญชีถึง stop out แล้ว: โบรกเกอร์จะปิดสถานะ</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="201"/>
        <source>the account is at margin call now</source>
        <translation>บัญชีอยู่ในภาวะ margin call</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="213"/>
        <source>unlimited leverage is not granted ({missing}): the account gets {leverage}</source>
        <translation>ไม่ได้รับเลเวอเรจไม่จำกัด ({missing}): บัญชีได้ {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="224"/>
        <source>equity of {amount} {currency} limits leverage to {leverage} (selected {selected})</source>
        <translation>มูลค่าสุทธิ {amount} {currency} จำกัดเลเวอเรจที่ {leverage} (ที่เลือก {selected})</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="237"/>
        <source>restricted market: high-margin-period caps apply</source>
        <translation>ตลาดถูกจำกัด: ใช้เพดานช่วงมาร์จิ้นสูง</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="245"/>
        <source>free margin is {amount} {currency}: no new positions</source>
        <translation>มาร์จิ้นคงเหลือ {amount} {currency}: เปิดสถานะใหม่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="277"/>
        <source>{count} more orders fill further below</source>
        <translation>อีก {count} คำสั่งจับคู่ต่ำลงไปอีก</translation>
    </message>
    <message>
        <location filename="../../core/evaluate.py" line="279"/>
        <source>{count} more orders fill further above</source>
        <translation>อีก {count} คำสั่งจับคู่สูงขึ้นไปอีก</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="41"/>
        <source>must be an object, not {value}</source>
        <translation>ต้องเป็นออบเจกต์ ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="49"/>
        <source>unknown field (allowed: {fields})</source>
        <translation>ฟิลด์ที่ไม่รู้จัก (ที่อนุญาต: {fields})</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="54"/>
        <source>required field is missing</source>
        <translation>ไม่มีฟิลด์ที่จำเป็น</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="69"/>
        <source>must be a number, not {value}</source>
        <translation>ต้องเป็นตัวเลข ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="75"/>
        <source>must be a whole number</source>
        <translation>ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="79"/>
        <source>must be greater than {limit}</source>
        <translation>ต้องมากกว่า {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="83"/>
        <source>must be at least {limit}</source>
        <translation>ต้องไม่น้อยกว่า {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="87"/>
        <source>must be at most {limit} in size</source>
        <translation>ขนาดต้องไม่เกิน {limit}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="95"/>
        <source>must be a string, not {value}</source>
        <translation>ต้องเป็นข้อความ ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="103"/>
        <source>must be one of {choices}, not {value}</source>
        <translation>ต้องเป็นหนึ่งใน {choices} ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="117"/>
        <source>must be a three-letter currency code such as USD, not {value}</source>
        <translation>ต้องเป็นรหัสสกุลเงินสามตัวอักษร เช่น USD ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="126"/>
        <source>must be true or false, not {value}</source>
        <translation>ต้องเป็น true หรือ false ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="138"/>
        <source>must be a number greater than 0 or &quot;unlimited&quot;, not {value}</source>
        <translation>ต้องเป็นตัวเลขมากกว่า 0 หรือ &quot;unlimited&quot; ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="147"/>
        <source>must be a list of strings, not {value}</source>
        <translation>ต้องเป็นรายการข้อความ ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="156"/>
        <source>a string (&quot;{text}&quot;)</source>
        <translation>ข้อความ (&quot;{text}&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="170"/>
        <source>the number {number}</source>
        <translation>ตัวเลข {number}</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="172"/>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>an array</source>
        <translation>อาร์เรย์</translation>
    </message>
    <message>
        <location filename="../../core/files/file_fields.py" line="173"/>
        <source>an object</source>
        <translation>ออบเจกต์</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="51"/>
        <source>this scenario names a shipped preset; there is no scheme in it to import</source>
        <translation>สถานการณ์นี้ใช้พรีเซ็ตในตัว ไม่มีรูปแบบให้นำเข้า</translation>
    </message>
    <message>
        <location filename="../../core/files/preset_library.py" line="120"/>
        <source>a preset needs a name</source>
        <translation>พรีเซ็ตต้องมีชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="32"/>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="41"/>
        <source>not valid JSON: {error} at line {line} column {column}</source>
        <translation>JSON ไม่ถูกต้อง: {error} ที่บรรทัด {line} คอลัมน์ {column}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="51"/>
        <source>not valid JSON: {error}</source>
        <translation>JSON ไม่ถูกต้อง: {error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="61"/>
        <source>no such file</source>
        <translation>ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="63"/>
        <source>is a directory, not a file</source>
        <translation>เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="66"/>
        <source>cannot be read: {error}</source>
        <translation>อ่านไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../core/files/json_files.py" line="80"/>
        <source>is not a text (UTF-8) file</source>
        <translation>ไม่ใช่ไฟล์ข้อความ (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="66"/>
        <source>a scenario must be a JSON object, not {value}</source>
        <translation>สถานการณ์ต้องเป็นออบเจกต์ JSON ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="73"/>
        <source>must be &quot;{format}&quot;</source>
        <translation>ต้องเป็น &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="80"/>
        <location filename="../../gui/scenario_controller.py" line="91"/>
        <source>this file is version {version}, written by a newer fxmargin; this fxmargin reads version {supported}</source>
        <translation>ไฟล์นี้เป็นเวอร์ชัน {version} เขียนโดย fxmargin รุ่นใหม่กว่า fxmargin นี้อ่านเวอร์ชัน {supported}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="390"/>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation>พรีเซ็ตที่ไม่รู้จัก {name} (พรีเซ็ต: {presets})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="105"/>
        <source>must be an object of facts about where the file came from</source>
        <translation>ต้องเป็นออบเจกต์ที่บอกที่มาของไฟล์</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a string</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="138"/>
        <source>a boolean</source>
        <translation>ค่าบูลีน</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="139"/>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="157"/>
        <source>required when levels_in is &quot;money&quot; (an amount of equity)</source>
        <translation>จำเป็นเมื่อ levels_in เป็น &quot;money&quot; (จำนวนมูลค่าสุทธิ)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="164"/>
        <source>must not be above margin_call_level</source>
        <translation>ต้องไม่สูงกว่า margin_call_level</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="174"/>
        <source>must be an object mapping symbols to instrument definitions</source>
        <translation>ต้องเป็นออบเจกต์ที่จับคู่สัญลักษณ์กับนิยามตราสาร</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="201"/>
        <source>must not be empty</source>
        <translation>ต้องไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="219"/>
        <source>must be an object mapping symbols to prices</source>
        <translation>ต้องเป็นออบเจกต์ที่จับคู่สัญลักษณ์กับราคา</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="248"/>
        <source>must be at least the bid ({bid})</source>
        <translation>ต้องไม่น้อยกว่า bid ({bid})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="258"/>
        <source>must be an array of positions</source>
        <translation>ต้องเป็นอาร์เรย์ของสถานะ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="336"/>
        <source>must be an array of pending orders</source>
        <translation>ต้องเป็นรายการคำสั่งที่รอดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="365"/>
        <source>a stop-limit order needs its stop price (the trigger)</source>
        <translation>คำสั่ง stop limit ต้องมีราคา stop (ราคากระตุ้น)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_reader.py" line="368"/>
        <source>only stop-limit orders have a stop</source>
        <translation>มีเพียงคำสั่ง stop limit ที่มี stop</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="26"/>
        <source>unknown symbol {symbol} (did you mean {close}?)</source>
        <translation>สัญลักษณ์ที่ไม่รู้จัก {symbol} (หมายถึง {close} หรือไม่?)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="28"/>
        <source>unknown symbol {symbol}; define it under &quot;instruments&quot;</source>
        <translation>สัญลักษณ์ที่ไม่รู้จัก {symbol} กำหนดไว้ใต้ &quot;instruments&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="16"/>
        <source>no price for {symbol} under &quot;prices&quot;</source>
        <translation>ไม่มีราคาของ {symbol} ใน &quot;prices&quot;</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="62"/>
        <source>{error} (the scheme counts tiers in {currency})</source>
        <translation>{error} (รูปแบบนี้นับขั้นเป็น {currency})</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="78"/>
        <source>stop out ({stop}%) must not be above margin call ({call}%)</source>
        <translation>stop out ({stop}%) ต้องไม่สูงกว่า margin call ({call}%)</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="100"/>
        <source>the {type} {lots} {symbol} at {price} is already reached by the {side} {market}: the terminal would have filled it</source>
        <translation>{type} {lots} {symbol} ที่ {price} ถูก {side} {market} แตะแล้ว: เทอร์มินัลจะจับคู่คำสั่งไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_checks.py" line="139"/>
        <source>the positions counted together in {scope} take different volume_tiers ladders ({taken}): choose a finer volume_scope</source>
        <translation>สถานะที่นับรวมใน {scope} ใช้บันได volume_tiers ต่างกัน ({taken}): เลือก volume_scope ที่ละเอียดกว่า</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="65"/>
        <source>must be a list of tiers such as [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</source>
        <translation>ต้องเป็นรายการขั้น เช่น [{{&quot;from&quot;: 0, &quot;leverage&quot;: 500}}]</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="84"/>
        <source>the first tier must start at 0</source>
        <translation>ขั้นแรกต้องเริ่มที่ 0</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="87"/>
        <source>tiers must strictly increase</source>
        <translation>ขั้นต้องเพิ่มขึ้นเสมอ</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="168"/>
        <source>must be between 0 and 1 (the share of hedged volume margined)</source>
        <translation>ต้องอยู่ระหว่าง 0 ถึง 1 (สัดส่วนปริมาณที่เฮดจ์ซึ่งคิดมาร์จิ้น)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="175"/>
        <source>must be one of {modes}, a share between 0 and 1, or a map of classes to those, not {value}</source>
        <translation>ต้องเป็นหนึ่งใน {modes} สัดส่วนระหว่าง 0 ถึง 1 หรือการจับคู่ประเภทกับค่าเหล่านั้น ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="195"/>
        <location filename="../../core/files/scheme_file.py" line="225"/>
        <source>unknown instrument class (one of {classes})</source>
        <translation>ประเภทตราสารที่ไม่รู้จัก (หนึ่งใน {classes})</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="212"/>
        <source>must be an object mapping instrument classes to leverage</source>
        <translation>ต้องเป็นออบเจกต์ที่จับคู่ประเภทตราสารกับเลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="220"/>
        <source>unknown instrument class (one of {classes}) or symbol (upper case, as XAGUSD)</source>
        <translation>ประเภทตราสารที่ไม่รู้จัก (หนึ่งใน {classes}) หรือสัญลักษณ์ (ตัวพิมพ์ใหญ่ เช่น XAGUSD)</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="271"/>
        <source>must be an object mapping account types to {{margin_call, stop_out}}</source>
        <translation>ต้องเป็นออบเจกต์ที่จับคู่ประเภทบัญชีกับ {{margin_call, stop_out}}</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="380"/>
        <source>an example of this kind of rule, not a broker&apos;s own table</source>
        <translation>ตัวอย่างของกฎแบบนี้ ไม่ใช่ตารางของโบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../../core/files/scheme_file.py" line="382"/>
        <source>kept for files made with it; for this broker pick {preset}</source>
        <translation>เก็บไว้สำหรับไฟล์ที่สร้างด้วยชุดนี้ สำหรับโบรกเกอร์นี้ให้เลือก {preset}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="116"/>
        <source>one of {choices}</source>
        <translation>หนึ่งใน {choices}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="24"/>
        <source>switch to a {choice} account</source>
        <translation>เปลี่ยนเป็นบัญชี {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="25"/>
        <source>switch to one of these accounts: {choice}</source>
        <translation>เปลี่ยนเป็นบัญชีประเภทใดประเภทหนึ่ง: {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="28"/>
        <source>open the account on {choice}</source>
        <translation>เปิดบัญชีบน {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="29"/>
        <source>open the account on one of: {choice}</source>
        <translation>เปิดบัญชีบนแพลตฟอร์มใดแพลตฟอร์มหนึ่ง: {choice}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="71"/>
        <source>below {amount} {currency}</source>
        <translation>ต่ำกว่า {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="77"/>
        <source>equity must be below the limit, not at it</source>
        <translation>มูลค่าสุทธิต้องต่ำกว่าขีดจำกัด ไม่ใช่เท่ากับ</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="80"/>
        <source>equity {amount} {currency} over the limit</source>
        <translation>มูลค่าสุทธิเกินขีดจำกัด {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="127"/>
        <source>at least {count}</source>
        <translation>อย่างน้อย {count}</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="130"/>
        <source>1 more closed trade</source>
        <translation>อีก 1 การซื้อขายที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="132"/>
        <source>{count} more closed trades</source>
        <translation>อีก {count} การซื้อขายที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="143"/>
        <source>at least {lots} lots</source>
        <translation>อย่างน้อย {lots} ล็อต</translation>
    </message>
    <message>
        <location filename="../../core/margin/eligibility.py" line="144"/>
        <source>{lots} more closed lots</source>
        <translation>อีก {lots} ล็อตที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/model/conversion.py" line="56"/>
        <source>no price converts {source} to {target}; add a price for {pair}</source>
        <translation>ไม่มีราคาที่แปลง {source} เป็น {target} เพิ่มราคาของ {pair}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="32"/>
        <source>at the current price</source>
        <translation>ที่ราคาปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="33"/>
        <source>at the open price</source>
        <translation>ที่ราคาเปิด</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="38"/>
        <source>below</source>
        <translation>ด้านล่าง</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="39"/>
        <source>above</source>
        <translation>ด้านบน</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="40"/>
        <source>buy</source>
        <translation>ซื้อ</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="41"/>
        <source>sell</source>
        <translation>ขาย</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="78"/>
        <source>none up to {pips} pips</source>
        <translation>ไม่มีจนถึง {pips} pip</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="80"/>
        <location filename="../../core/report.py" line="223"/>
        <location filename="../../core/report.py" line="475"/>
        <source>reached now</source>
        <translation>ถึงแล้วตอนนี้</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="81"/>
        <source>{pips} pips</source>
        <translation>{pips} pip</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="191"/>
        <source>never: only the analysed symbol&apos;s price moves</source>
        <translation>ไม่เลย: ราคาที่ขยับมีแค่ของสัญลักษณ์ที่วิเคราะห์</translation>
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
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="206"/>
        <source>{pips} pips {side} ({price}, {percent}), equity {change} {currency}</source>
        <translation>{pips} pip {side} ({price}, {percent}) มูลค่าสุทธิ {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="228"/>
        <source>none below</source>
        <translation>ไม่มีด้านล่าง</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="230"/>
        <source>none above</source>
        <translation>ไม่มีด้านบน</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="241"/>
        <source>STOP OUT</source>
        <translation>STOP OUT</translation>
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
        <translation>ปกติ</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="252"/>
        <source>NEAR</source>
        <translation>ใกล้</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="266"/>
        <source>{pips} pips away (a fall to {price})</source>
        <translation>ห่าง {pips} pip (ลงไปที่ {price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="268"/>
        <source>{pips} pips away (a rise to {price})</source>
        <translation>ห่าง {pips} pip (ขึ้นไปที่ {price})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="270"/>
        <source>{level} {away}</source>
        <translation>{level} {away}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="275"/>
        <source>none (no margin)</source>
        <translation>ไม่มี (ไม่มีมาร์จิ้น)</translation>
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
        <translation>บัญชี</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="35"/>
        <location filename="../../core/overview/printed.py" line="13"/>
        <location filename="../../core/report.py" line="292"/>
        <source>Balance</source>
        <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="36"/>
        <location filename="../../core/report.py" line="294"/>
        <source>Credit</source>
        <translation>เครดิต</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="17"/>
        <location filename="../../core/report.py" line="295"/>
        <source>Floating P/L</source>
        <translation>กำไร/ขาดทุนลอยตัว</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="14"/>
        <location filename="../../core/report.py" line="296"/>
        <source>Equity</source>
        <translation>มูลค่าสุทธิ (Equity)</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="15"/>
        <location filename="../../core/report.py" line="297"/>
        <location filename="../../core/report.py" line="328"/>
        <location filename="../../core/report.py" line="549"/>
        <source>Margin</source>
        <translation>มาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../core/overview/printed.py" line="16"/>
        <location filename="../../core/report.py" line="298"/>
        <location filename="../../core/report.py" line="550"/>
        <source>Free margin</source>
        <translation>มาร์จิ้นคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="299"/>
        <location filename="../../core/report.py" line="551"/>
        <source>Margin level</source>
        <translation>ระดับมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="41"/>
        <location filename="../../core/report.py" line="309"/>
        <location filename="../../core/report.py" line="329"/>
        <location filename="../../core/report.py" line="552"/>
        <source>Leverage</source>
        <translation>เลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="301"/>
        <source>{effective} (selected {selected}, granted {granted})</source>
        <translation>{effective} (ที่เลือก {selected} ที่ได้รับ {granted})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="308"/>
        <source>{leverage}; {charged}</source>
        <translation>{leverage}; {charged}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="310"/>
        <source>Margin basis</source>
        <translation>ราคาที่ใช้คิดมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="312"/>
        <source>Margin call / stop out</source>
        <translation>Margin call / Stop out</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="315"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="319"/>
        <source>Positions</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="34"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="37"/>
        <source>Account type</source>
        <translation>ประเภทบัญชี</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="38"/>
        <source>Platform</source>
        <translation>แพลตฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="39"/>
        <source>Closed trades</source>
        <translation>การซื้อขายที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="40"/>
        <source>Closed lots</source>
        <translation>ล็อตที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="53"/>
        <source>Levels in</source>
        <translation>หน่วยระดับ</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="56"/>
        <location filename="../../core/report.py" line="323"/>
        <location filename="../../core/report.py" line="358"/>
        <source>Symbol</source>
        <translation>สัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="57"/>
        <location filename="../../core/report.py" line="324"/>
        <source>Side</source>
        <translation>ฝั่ง</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="58"/>
        <location filename="../../core/report.py" line="325"/>
        <location filename="../../core/report.py" line="359"/>
        <source>Lots</source>
        <translation>ล็อต</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="59"/>
        <source>Open</source>
        <translation>ราคาเปิด</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="60"/>
        <source>Swap</source>
        <translation>สวอป</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="61"/>
        <source>Comm.</source>
        <translation>ค่าคอม</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="66"/>
        <source>Opened at leverage</source>
        <translation>เลเวอเรจตอนเปิด</translation>
    </message>
    <message>
        <location filename="../../core/files/scenario_fields.py" line="69"/>
        <source>Restr.</source>
        <translation>จำกัด</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="326"/>
        <source>Notional</source>
        <translation>มูลค่าสัญญา</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="327"/>
        <source>P/L</source>
        <translation>กำไร/ขาดทุน</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="352"/>
        <source>Pending orders (margin now counts none; each fills as the price moves)</source>
        <translation>คำสั่งรอ (มาร์จิ้นตอนนี้ไม่นับคำสั่งใด แต่ละคำสั่งจับคู่เมื่อราคาไปถึง)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="357"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="360"/>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="361"/>
        <source>Margin after</source>
        <translation>มาร์จิ้นหลังจับคู่</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="362"/>
        <source>Fills at</source>
        <translation>จับคู่ที่</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="390"/>
        <source>Price levels of {symbol} (mid; all other prices and the spread fixed)</source>
        <translation>ระดับราคาของ {symbol} (ราคากลาง ราคาอื่นทั้งหมดและสเปรดคงที่)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="395"/>
        <source>Price levels of {symbol} (mid; all other prices fixed)</source>
        <translation>ระดับราคาของ {symbol} (ราคากลาง ราคาอื่นทั้งหมดคงที่)</translation>
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
        <translation>Stop out</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="410"/>
        <source>Spread of {symbol} (mid fixed; now {pips} pips)</source>
        <translation>สเปรดของ {symbol} (ราคากลางคงที่ ตอนนี้ {pips} pip)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="417"/>
        <source>Margin call at</source>
        <translation>Margin call ที่</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="418"/>
        <source>Stop out at</source>
        <translation>Stop out ที่</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="426"/>
        <source>Unlimited leverage: eligible</source>
        <translation>เลเวอเรจไม่จำกัด: มีสิทธิ์</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="428"/>
        <source>Unlimited leverage: not eligible</source>
        <translation>เลเวอเรจไม่จำกัด: ไม่มีสิทธิ์</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="439"/>
        <source>required {requirement}</source>
        <translation>ต้องการ {requirement}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="444"/>
        <source>Warnings</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="480"/>
        <source>{price} ({pips} pips {side})</source>
        <translation>{price} ({pips} pip {side})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="498"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage} (ขั้น {tier})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="528"/>
        <source>It never fills in the searched range of prices.</source>
        <translation>ไม่จับคู่ในช่วงราคาที่ค้นหา</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="530"/>
        <source>It fills {where}: margin {before} -&gt; {after} {currency}</source>
        <translation>จับคู่ {where}: มาร์จิ้น {before} -&gt; {after} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="542"/>
        <source>REFUSED: free margin after would be {amount} {currency}</source>
        <translation>ถูกปฏิเสธ: มาร์จิ้นคงเหลือหลังจากนั้นจะเป็น {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="568"/>
        <source>What if: {orders} (a pending order opens when the price reaches it)</source>
        <translation>สมมติ: {orders} (คำสั่งรอเปิดเมื่อราคาไปถึง)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="572"/>
        <source>What if: {orders} (at the ask or the bid now)</source>
        <translation>สมมติ: {orders} (ที่ ask หรือ bid ตอนนี้)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="585"/>
        <source>   (level prices of {symbol})</source>
        <translation>   (ระดับราคาของ {symbol})</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="592"/>
        <source>Changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="595"/>
        <source>After the orders</source>
        <translation>หลังคำสั่ง</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="136"/>
        <source>the statement prints no balance</source>
        <translation>รายงานบัญชีไม่แสดงยอดคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="215"/>
        <source>leverage {leverage} as given</source>
        <translation>เลเวอเรจ {leverage} ตามที่ระบุ</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="219"/>
        <source>leverage {leverage} as the statement shows</source>
        <translation>เลเวอเรจ {leverage} ตามรายงานบัญชี</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="196"/>
        <location filename="../../core/statements/mt4.py" line="124"/>
        <source>the statement does not show the leverage</source>
        <translation>รายงานบัญชีไม่แสดงเลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="197"/>
        <location filename="../../core/statements/mt5.py" line="100"/>
        <source>MetaTrader 5 reports do not show the leverage</source>
        <translation>รายงาน MetaTrader 5 ไม่แสดงเลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="235"/>
        <source>the statement does not show its currency: USD assumed</source>
        <translation>รายงานบัญชีไม่แสดงสกุลเงิน: ถือว่าเป็น USD</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="182"/>
        <source>no price for {symbol} in the statement ({reason}): add it</source>
        <translation>ไม่มีราคาของ {symbol} ในรายงานบัญชี ({reason}): เพิ่มราคา</translation>
    </message>
    <message>
        <location filename="../../core/statements/file_kind.py" line="34"/>
        <source>neither an fxmargin scenario (JSON) nor a MetaTrader statement (HTML or XLSX)</source>
        <translation>ไม่ใช่ทั้งสถานการณ์ของ fxmargin (JSON) และรายงาน MetaTrader (HTML หรือ XLSX)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="184"/>
        <source>the profits of {count} positions ({symbols}) come out a {unit} off the printed ones: the terminal converted them at another rate than the middle of the prices the statement prints</source>
        <translation>กำไรของ {count} สถานะ ({symbols}) คลาดจากที่พิมพ์ไว้ {unit}: เทอร์มินัลแปลงด้วยอัตราอื่นที่ไม่ใช่ค่ากลางของราคาที่รายงานพิมพ์</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="188"/>
        <source>the file does not print {pair}, and the broker&apos;s margin of {symbols} goes through it: the printed margin needs {pair} {needed}, where the statement&apos;s own prices give {now}</source>
        <translation>ไฟล์ไม่ได้พิมพ์ {pair} และมาร์จิ้นของโบรกเกอร์สำหรับ {symbols} ผ่านคู่นี้: มาร์จิ้นที่พิมพ์ต้องใช้ {pair} {needed} ขณะที่ราคาในรายงานเองให้ {now}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="347"/>
        <source>the statement prints one side of the price of {symbols} (the bid on a buy, the ask on a sell): their spread is not in it</source>
        <translation>รายงานพิมพ์ราคาของ {symbols} เพียงด้านเดียว (bid สำหรับ buy, ask สำหรับ sell): จึงไม่มีสเปรด</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="418"/>
        <source>{pair} {price} implied by the printed profits of {count} positions in {quote} ({symbols}), to within {share}</source>
        <translation>{pair} {price} อนุมานจากกำไรที่พิมพ์ไว้ของ {count} สถานะใน {quote} ({symbols}) คลาดเคลื่อนไม่เกิน {share}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="461"/>
        <source>the {type} {lots} {symbol} at {price} is left out: the statement&apos;s price already reaches it</source>
        <translation>{type} {lots} {symbol} ที่ {price} ไม่ถูกนำเข้า: ราคาในรายงานแตะแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="494"/>
        <source>leverage not in the file and no margin to match: 1:100 assumed; set the leverage (--leverage on the command line)</source>
        <translation>ไม่มีเลเวอเรจในไฟล์และไม่มีมาร์จิ้นให้เทียบ: ถือว่า 1:100 ตั้งค่าเลเวอเรจเอง (--leverage ในบรรทัดคำสั่ง)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="533"/>
        <source>the margin cannot be computed without the missing prices, so no rule was searched for: {leverage} used; set the leverage (--leverage on the command line)</source>
        <translation>คำนวณมาร์จิ้นไม่ได้เพราะขาดราคา จึงไม่ได้ค้นหากฎ: ใช้ {leverage}; โปรดตั้งเลเวอเรจ (--leverage ในบรรทัดคำสั่ง)</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="583"/>
        <source>{leverage} with the {preset} preset</source>
        <translation>{leverage} กับพรีเซ็ต {preset}</translation>
    </message>
    <message>
        <location filename="../../core/statements/importer.py" line="630"/>
        <source>the statement&apos;s free margin is the balance less the margin: the broker leaves the floating P/L out of free margin (a server setting). fxmargin&apos;s free margin includes it; margin level, margin call and stop out do in both</source>
        <translation>มาร์จิ้นคงเหลือในรายงานคือยอดเงินลบมาร์จิ้น: โบรกเกอร์ไม่นับกำไร/ขาดทุนลอยตัวในมาร์จิ้นคงเหลือ (การตั้งค่าเซิร์ฟเวอร์) มาร์จิ้นคงเหลือของ fxmargin นับรวม; ระดับมาร์จิ้น margin call และ stop out นับรวมทั้งสองฝั่ง</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="63"/>
        <source>summary (balance, equity)</source>
        <translation>สรุป (ยอดคงเหลือ, มูลค่าสุทธิ)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="84"/>
        <source>row {row}: trade type {kind} skipped</source>
        <translation>แถว {row}: ข้ามประเภทการซื้อขาย {kind}</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="90"/>
        <source>row {row}: a {kind} row with too few cells, skipped</source>
        <translation>แถว {row}: แถว {kind} มีเซลล์น้อยเกินไป ข้าม</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="105"/>
        <source>size {text} is not a number</source>
        <translation>ขนาด {text} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="117"/>
        <source>{count} broker archive rows (item &apos;profit&apos;) not counted as trades</source>
        <translation>{count} แถวเก็บถาวรของโบรกเกอร์ (รายการ &apos;profit&apos;) ไม่นับเป็นการซื้อขาย</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt4.py" line="172"/>
        <location filename="../../core/statements/mt5.py" line="166"/>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="70"/>
        <source>account block (balance, equity)</source>
        <translation>ส่วนบัญชี (ยอดคงเหลือ, มูลค่าสุทธิ)</translation>
    </message>
    <message>
        <location filename="../../core/statements/mt5.py" line="152"/>
        <source>row {row}: order type {kind} skipped</source>
        <translation>แถว {row}: ข้ามคำสั่งประเภท {kind}</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="88"/>
        <source>not a MetaTrader statement</source>
        <translation>ไม่ใช่รายงานบัญชี MetaTrader</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="97"/>
        <source>the {block} is missing: the file looks cut short</source>
        <translation>ไม่มี{block}: ไฟล์ดูเหมือนถูกตัด</translation>
    </message>
    <message>
        <location filename="../../core/statements/statement.py" line="109"/>
        <source>symbol {symbol} is not in the catalog: complete its instrument</source>
        <translation>สัญลักษณ์ {symbol} ไม่อยู่ในแค็ตตาล็อก: กรอกข้อมูลตราสารให้ครบ</translation>
    </message>
    <message>
        <location filename="../../core/statements/xlsx_rows.py" line="44"/>
        <source>not a readable XLSX workbook ({error})</source>
        <translation>ไม่ใช่เวิร์กบุ๊ก XLSX ที่อ่านได้ ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="70"/>
        <source>a scenario must be a JSON object</source>
        <translation>สถานการณ์ต้องเป็นออบเจกต์ JSON</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <source>must be an array</source>
        <translation>ต้องเป็นอาร์เรย์</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="77"/>
        <location filename="../../gui/scenario_controller.py" line="84"/>
        <source>must be an object</source>
        <translation>ต้องเป็นออบเจกต์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="555"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="589"/>
        <source>appears in two rows</source>
        <translation>ปรากฏในสองแถว</translation>
    </message>
    <message>
        <location filename="../../core/formatting.py" line="9"/>
        <source>unlimited</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="322"/>
        <source>hedged lots margined in full</source>
        <translation>ล็อตที่เฮดจ์คิดมาร์จิ้นเต็ม</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="323"/>
        <source>hedged lots not margined (net)</source>
        <translation>ล็อตที่เฮดจ์ไม่คิดมาร์จิ้น (สุทธิ)</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="324"/>
        <source>hedges margined on their larger leg</source>
        <translation>เฮดจ์คิดมาร์จิ้นตามฝั่งที่ใหญ่กว่า</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="325"/>
        <source>hedged lots at 50%</source>
        <translation>ล็อตที่เฮดจ์คิด 50%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="326"/>
        <source>hedged lots at 25%</source>
        <translation>ล็อตที่เฮดจ์คิด 25%</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="338"/>
        <source>{symbol} margined {times} times</source>
        <translation>มาร์จิ้นของ {symbol} {times} เท่า</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="346"/>
        <source>{group} at {leverage}</source>
        <translation>{group} ที่ {leverage}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="352"/>
        <source>margin at the open price</source>
        <translation>มาร์จิ้นที่ราคาเปิด</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="354"/>
        <source>margin at the current price</source>
        <translation>มาร์จิ้นที่ราคาปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="358"/>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="53"/>
        <source>several rules reproduce the printed margin {margin}, so the rule is not determined: {rules}. The closest account-wide rule, {rule}, is used: it gives {computed}</source>
        <translation>มีหลายกฎที่ได้มาร์จิ้นตามที่พิมพ์ไว้ {margin} จึงระบุกฎไม่ได้: {rules} ใช้กฎทั้งบัญชีที่ใกล้ที่สุด {rule}: ได้ {computed}</translation>
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
        <translation>ไม่มีกฎใดที่ลองแล้วได้มาร์จิ้นตามที่พิมพ์ไว้ {margin}: ใกล้ที่สุดคือ {rule} ได้ {computed} (ต่าง {difference})</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="363"/>
        <source>{rule} reproduces the printed margin {margin}</source>
        <translation>{rule} ได้มาร์จิ้นตามที่พิมพ์ไว้ {margin}</translation>
    </message>
    <message>
        <location filename="../../core/statements/broker_rule.py" line="400"/>
        <source>the statement fits other rules as well: {rules}</source>
        <translation>รายงานยังเข้ากับกฎอื่นด้วย: {rules}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="22"/>
        <source>Not reproduced: margin {computed}, statement {printed} {currency}: {reason}</source>
        <translation>ไม่ตรง: มาร์จิ้น {computed} รายงาน {printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="25"/>
        <source>Not reproduced: equity {computed}, statement {printed} {currency}: {reason}</source>
        <translation>ไม่ตรง: เอควิตี้ {computed} รายงาน {printed} {currency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="60"/>
        <source>open positions not read</source>
        <translation>อ่านสถานะที่เปิดอยู่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="62"/>
        <source>the scenario cannot be computed</source>
        <translation>คำนวณสถานการณ์ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="66"/>
        <source>Not reproduced: fxmargin cannot compute the margin ({reason}); the statement prints {printed} {currency}</source>
        <translation>ไม่ตรง: fxmargin คำนวณมาร์จิ้นไม่ได้ ({reason}); รายงานพิมพ์ {printed} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="78"/>
        <source>Reproduced: margin and equity as the statement prints them ({printed} and {equity} {currency})</source>
        <translation>ตรง: มาร์จิ้นและเอควิตี้ตามที่รายงานพิมพ์ ({printed} และ {equity} {currency})</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="89"/>
        <source>Reproduced within what the statement&apos;s prices leave uncertain: margin {computed}, statement {printed} {currency} (see the notes)</source>
        <translation>ตรงภายในความไม่แน่นอนของราคาในรายงาน: มาร์จิ้น {computed} รายงาน {printed} {currency} (ดูหมายเหตุ)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="98"/>
        <source>some positions&apos; profits differ from the printed ones (see the notes)</source>
        <translation>กำไรของบางสถานะต่างจากที่พิมพ์ (ดูหมายเหตุ)</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="100"/>
        <source>the prices differ from the statement&apos;s</source>
        <translation>ราคาต่างจากราคาในรายงาน</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="121"/>
        <location filename="../../core/statements/reproduction.py" line="131"/>
        <source>the leverage, the scheme or the prices differ from the broker&apos;s</source>
        <translation>เลเวอเรจ แผน หรือราคาต่างจากของโบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="123"/>
        <source>the scenario changed since the import: find the broker&apos;s rule again</source>
        <translation>สถานการณ์เปลี่ยนไปหลังนำเข้า: ค้นหากฎของโบรกเกอร์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="126"/>
        <source>the file does not print the broker&apos;s {pair}</source>
        <translation>ไฟล์ไม่ได้พิมพ์ {pair} ของโบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="128"/>
        <source>several rules fit, so the broker&apos;s rule is not determined</source>
        <translation>มีหลายกฎที่เข้ากันได้ จึงระบุกฎของโบรกเกอร์ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/statements/reproduction.py" line="130"/>
        <source>no rule tried reproduces it</source>
        <translation>ไม่มีกฎที่ลองแล้วให้ผลตรง</translation>
    </message>
    <message>
        <location filename="../../core/result.py" line="108"/>
        <source>charged {charged} on average</source>
        <translation>คิดที่ {charged} โดยเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="72"/>
        <source>line {line}: {problem}</source>
        <translation>บรรทัด {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="80"/>
        <source>{symbol} is not a symbol fxmargin knows</source>
        <translation>{symbol} ไม่ใช่สัญลักษณ์ที่ fxmargin รู้จัก</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="84"/>
        <source>needs a price after the symbol</source>
        <translation>ต้องมีราคาหลังสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="89"/>
        <source>the ask is not a price</source>
        <translation>ask ไม่ใช่ราคา</translation>
    </message>
    <message>
        <location filename="../../core/files/price_lines.py" line="92"/>
        <source>the ask is below the bid</source>
        <translation>ask ต่ำกว่า bid</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="94"/>
        <source>{call} failed: {words} (terminal error {code})</source>
        <translation>{call} ล้มเหลว: {words} (ข้อผิดพลาดเทอร์มินัล {code})</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="347"/>
        <source>the MetaTrader5 package is not installed: the live link works on Windows, with pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>ยังไม่ได้ติดตั้งแพ็กเกจ MetaTrader5: การเชื่อมต่อสดใช้ได้บน Windows ด้วย pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../core/live/mt5_link.py" line="360"/>
        <source>no terminal answers: {words} (terminal error {code}); start MetaTrader 5 and log in to your account</source>
        <translation>ไม่มีเทอร์มินัลตอบ: {words} (ข้อผิดพลาดเทอร์มินัล {code}) เปิด MetaTrader 5 และเข้าสู่ระบบบัญชีของคุณ</translation>
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
        <translation>buy limit {lots} {symbol} ที่ {price} จับคู่ต่ำลง {pips} pips: มาร์จิ้น {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="115"/>
        <source>the sell stop {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>sell stop {lots} {symbol} ที่ {price} จับคู่ต่ำลง {pips} pips: มาร์จิ้น {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="120"/>
        <source>the sell stop limit {lots} {symbol} at {price} fills {pips} pips below: margin {change} {currency}</source>
        <translation>sell stop limit {lots} {symbol} ที่ {price} จับคู่ต่ำลง {pips} pips: มาร์จิ้น {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="125"/>
        <source>the sell limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>sell limit {lots} {symbol} ที่ {price} จับคู่สูงขึ้น {pips} pips: มาร์จิ้น {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="130"/>
        <source>the buy stop {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>buy stop {lots} {symbol} ที่ {price} จับคู่สูงขึ้น {pips} pips: มาร์จิ้น {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="135"/>
        <source>the buy stop limit {lots} {symbol} at {price} fills {pips} pips above: margin {change} {currency}</source>
        <translation>buy stop limit {lots} {symbol} ที่ {price} จับคู่สูงขึ้น {pips} pips: มาร์จิ้น {change} {currency}</translation>
    </message>
    <message>
        <location filename="../../core/analyses/order_fills.py" line="177"/>
        <source>{type} {lots} at {price}</source>
        <translation>{type} {lots} ที่ {price}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about_dialog.py" line="35"/>
        <source>The list of bundled libraries and their licences is missing from this copy.</source>
        <translation>สำเนานี้ไม่มีรายการไลบรารีที่รวมมาและสัญญาอนุญาต</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="44"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({key}), checked {date}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({key}) ตรวจสอบเมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="50"/>
        <source>Brokers change their terms: check yours. Each preset&apos;s numbers were read in the source below on the date given.</source>
        <translation>โบรกเกอร์เปลี่ยนเงื่อนไขได้ ตรวจสอบของคุณเอง ตัวเลขของแต่ละพรีเซ็ตอ่านจากแหล่งด้านล่างในวันที่ระบุ</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="61"/>
        <source>About fxmargin</source>
        <translation>เกี่ยวกับ fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="63"/>
        <source>Margin, free margin, margin level, and the prices where margin call and stop out come, for accounts with floating leverage. Offline: nothing is sent anywhere.</source>
        <translation>มาร์จิ้น มาร์จิ้นคงเหลือ ระดับมาร์จิ้น และราคาที่เกิด margin call และ stop out สำหรับบัญชีเลเวอเรจลอยตัว ทำงานออฟไลน์: ไม่ส่งข้อมูลใดออกไป</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="67"/>
        <source>MIT licence. Qt and PySide6 under the GNU LGPL 3.0, other libraries under their own licences (Licences tab).</source>
        <translation>สัญญาอนุญาต MIT, Qt และ PySide6 ภายใต้ GNU LGPL 3.0 ไลบรารีอื่นภายใต้สัญญาอนุญาตของตนเอง (แท็บสัญญาอนุญาต)</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="80"/>
        <source>Where the preset numbers come from</source>
        <translation>ที่มาของตัวเลขในพรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="81"/>
        <source>Licences</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="83"/>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="68"/>
        <source>Broker and account</source>
        <translation>โบรกเกอร์และบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="89"/>
        <source>Broker &amp;scheme</source>
        <translation>แบบโบรกเกอร์(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="99"/>
        <source>Account type; unlimited leverage and the broker&apos;s levels depend on it.</source>
        <translation>ประเภทบัญชี เลเวอเรจไม่จำกัดและระดับของโบรกเกอร์ขึ้นอยู่กับสิ่งนี้</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="101"/>
        <source>Account &amp;type</source>
        <translation>ประเภทบัญชี(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="105"/>
        <source>Trading platform; Exness grants unlimited leverage on MT4 only.</source>
        <translation>แพลตฟอร์มเทรด Exness ให้เลเวอเรจไม่จำกัดเฉพาะบน MT4</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="107"/>
        <source>&amp;Platform</source>
        <translation>แพลตฟอร์ม(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="118"/>
        <source>Account currency: balance, equity and margin are in it. USC = US cents.</source>
        <translation>สกุลเงินบัญชี: ยอดคงเหลือ มูลค่าสุทธิ และมาร์จิ้นเป็นสกุลนี้ USC = เซนต์สหรัฐ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="120"/>
        <source>C&amp;urrency</source>
        <translation>สกุลเงิน(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="122"/>
        <source>Balance: deposits plus closed profit.</source>
        <translation>ยอดคงเหลือ: เงินฝากบวกกำไรที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="124"/>
        <source>&amp;Balance</source>
        <translation>ยอดคงเหลือ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="126"/>
        <source>Credit (bonus) the broker adds to equity.</source>
        <translation>เครดิต (โบนัส) ที่โบรกเกอร์เพิ่มเข้ามูลค่าสุทธิ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="128"/>
        <source>C&amp;redit</source>
        <translation>เครดิต(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="133"/>
        <source>The leverage you picked (1:500 or Unlimited). The broker&apos;s rules may grant less.</source>
        <translation>เลเวอเรจที่คุณเลือก (1:500 หรือไม่จำกัด) กฎของโบรกเกอร์อาจให้น้อยกว่า</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="138"/>
        <source>&amp;Leverage 1:</source>
        <translation>เลเวอเรจ 1:(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="142"/>
        <source>Closed trades so far (pending orders do not count).</source>
        <translation>การซื้อขายที่ปิดแล้วจนถึงตอนนี้ (ไม่นับคำสั่งรอ)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="145"/>
        <source>Lots of closed trades so far.</source>
        <translation>ล็อตของการซื้อขายที่ปิดแล้วจนถึงตอนนี้</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="148"/>
        <source>lots</source>
        <translation>ล็อต</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="150"/>
        <source>Closed trades</source>
        <translation>เทรดที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="156"/>
        <source>Margin call level; empty: the broker&apos;s for this account type.</source>
        <translation>ระดับ margin call ว่างไว้: ใช้ของโบรกเกอร์สำหรับประเภทบัญชีนี้</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="160"/>
        <source>Stop-out level; empty: the broker&apos;s for this account type.</source>
        <translation>ระดับ stop out ว่างไว้: ใช้ของโบรกเกอร์สำหรับประเภทบัญชีนี้</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="165"/>
        <source>Levels in percent of margin, or as amounts of equity.</source>
        <translation>ระดับเป็นเปอร์เซ็นต์ของมาร์จิ้น หรือเป็นจำนวนมูลค่าสุทธิ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="172"/>
        <source>percent</source>
        <translation>เปอร์เซ็นต์</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="173"/>
        <source>money</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="178"/>
        <source>Margin call</source>
        <translation>Margin call</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="179"/>
        <source>Stop out</source>
        <translation>Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="181"/>
        <source>Restricted market</source>
        <translation>ตลาดถูกจำกัด</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="184"/>
        <source>The broker&apos;s caps in volatile periods (Exness: forex and gold 1:200, silver 1:100, oil 1:20).</source>
        <translation>เพดานของโบรกเกอร์ในช่วงผันผวน (Exness: ฟอเร็กซ์และทองคำ 1:200 เงิน 1:100 น้ำมัน 1:20)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="248"/>
        <source>Older presets and examples:</source>
        <translation>ชุดค่าเก่าและตัวอย่าง:</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="263"/>
        <source>{name} — my preset</source>
        <translation>{name} — พรีเซ็ตของฉัน</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="331"/>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="337"/>
        <source>{name} (in this file)</source>
        <translation>{name} (ในไฟล์นี้)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="350"/>
        <source>{description}

Source: {source}</source>
        <translation>{description}

แหล่งที่มา: {source}</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/account_form.py" line="356"/>
        <source>A scheme defined in this file.</source>
        <translation>รูปแบบที่กำหนดในไฟล์นี้</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="17"/>
        <source>Account type</source>
        <translation>ประเภทบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="18"/>
        <source>Platform</source>
        <translation>แพลตฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="19"/>
        <source>Equity</source>
        <translation>มูลค่าสุทธิ (Equity)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="20"/>
        <source>Closed trades</source>
        <translation>การซื้อขายที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="21"/>
        <source>Closed lots</source>
        <translation>ล็อตที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="27"/>
        <source>Unlimited leverage checklist</source>
        <translation>รายการเงื่อนไขเลเวอเรจไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="66"/>
        <source>This scheme has no conditions for unlimited leverage.</source>
        <translation>รูปแบบนี้ไม่มีเงื่อนไขสำหรับเลเวอเรจไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="68"/>
        <source>&lt;b&gt;Eligible&lt;/b&gt; for unlimited leverage.</source>
        <translation>&lt;b&gt;มีสิทธิ์&lt;/b&gt;ใช้เลเวอเรจไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="70"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;: picking Unlimited gives {leverage}.</source>
        <translation>&lt;b&gt;ไม่มีสิทธิ์&lt;/b&gt;: เลือกไม่จำกัดจะได้ {leverage}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/eligibility_panel.py" line="75"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; for unlimited leverage (you picked a fixed leverage).</source>
        <translation>&lt;b&gt;ไม่มีสิทธิ์&lt;/b&gt;ใช้เลเวอเรจไม่จำกัด (คุณเลือกเลเวอเรจคงที่)</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../gui/error_reporting.py" line="38"/>
        <source>(the log could not be written: {error})</source>
        <translation>(เขียนบันทึกไม่ได้: {error})</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="44"/>
        <source>fxmargin: unexpected error</source>
        <translation>fxmargin: ข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location filename="../../gui/error_reporting.py" line="45"/>
        <source>Something went wrong: {kind}: {error}

Your work is kept; the last good results stay on screen.
Details: {where}</source>
        <translation>เกิดข้อผิดพลาด: {kind}: {error}

งานของคุณยังอยู่ ผลลัพธ์ที่ถูกต้องล่าสุดยังแสดงบนหน้าจอ
รายละเอียด: {where}</translation>
    </message>
</context>
<context>
    <name>Leverage</name>
    <message>
        <location filename="../../gui/common/number_text.py" line="16"/>
        <source>Unlimited</source>
        <translation>ไม่จำกัด</translation>
    </message>
</context>
<context>
    <name>LeverageChart</name>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="36"/>
        <source>Leverage 1:</source>
        <translation>เลเวอเรจ 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/leverage_chart.py" line="66"/>
        <source>unlimited</source>
        <translation>ไม่จำกัด</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <location filename="../../gui/live_link.py" line="23"/>
        <source>Needs MetaQuotes&apos; MetaTrader5 package, which runs on Windows: pip install &quot;fxmargin[mt5]&quot;</source>
        <translation>ต้องใช้แพ็กเกจ MetaTrader5 ของ MetaQuotes ซึ่งทำงานบน Windows: pip install &quot;fxmargin[mt5]&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="72"/>
        <source>the terminal&apos;s answer could not be read: {error}</source>
        <translation>อ่านคำตอบของเทอร์มินัลไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="110"/>
        <source>MetaTrader 5: connecting…</source>
        <translation>MetaTrader 5: กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="122"/>
        <source>MetaTrader 5: disconnected</source>
        <translation>MetaTrader 5: ตัดการเชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="129"/>
        <source>MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>MetaTrader 5: {server} บัญชี {account} อ่านเมื่อ {time}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="139"/>
        <source>MetaTrader 5: {reason}</source>
        <translation>MetaTrader 5: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/live_link.py" line="142"/>
        <source>MetaTrader 5: {reason}; showing the reading of {time}</source>
        <translation>MetaTrader 5: {reason} กำลังแสดงการอ่านเมื่อ {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>fxmargin scenarios (*.json);;MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>สถานการณ์ fxmargin (*.json);;รายงานบัญชี MetaTrader (*.htm *.html *.xlsx);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79"/>
        <source>MetaTrader statements (*.htm *.html *.xlsx);;All files (*)</source>
        <translation>รายงานบัญชี MetaTrader (*.htm *.html *.xlsx);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>Plots</source>
        <translation>กราฟ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>Stress tests</source>
        <translation>การทดสอบภาวะวิกฤต</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>Heat map</source>
        <translation>แผนที่ความร้อน</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Positions ({count})</source>
        <translation>สถานะ ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>Pending orders ({count})</source>
        <translation>คำสั่งรอ ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>&amp;New</source>
        <translation>ใหม่(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>&amp;Open…</source>
        <translation>เปิด(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>&amp;Import statement…</source>
        <translation>นำเข้ารายงานบัญชี(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Open the &amp;example</source>
        <translation>เปิดตัวอย่าง(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>&amp;Recent files</source>
        <translation>ไฟล์ล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>Save &amp;as…</source>
        <translation>บันทึกเป็น(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>&amp;Export results (CSV)…</source>
        <translation>ส่งออกผลลัพธ์ (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>&amp;Connect to MetaTrader 5</source>
        <translation>&amp;เชื่อมต่อ MetaTrader 5</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>&amp;Disconnect from MetaTrader 5</source>
        <translation>&amp;ตัดการเชื่อมต่อ MetaTrader 5</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>&amp;Edit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>&amp;Undo</source>
        <translation>เ&amp;ลิกทำ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>&amp;Redo</source>
        <translation>ทำ&amp;ซ้ำ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
        <source>&amp;Copy results</source>
        <translation>&amp;คัดลอกผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Every figure of the results, as text</source>
        <translation>ตัวเลขทั้งหมดของผลลัพธ์ เป็นข้อความ</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>Copy results as CS&amp;V</source>
        <translation>คัดลอกผลลัพธ์เป็น CS&amp;V</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>&amp;Scheme</source>
        <translation>รูปแบบเลเวอเรจ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>&amp;Save as my preset…</source>
        <translation>บันทึกเป็นค่าที่ตั้งไว้ของฉัน(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318"/>
        <source>&amp;My presets…</source>
        <translation>ค่าที่ตั้งไว้ของฉัน(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326"/>
        <source>&amp;User guide</source>
        <translation>&amp;คู่มือผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;ปุ่มลัด</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332"/>
        <source>&amp;About fxmargin</source>
        <translation>เกี่ยวกับ fxmargin(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="359"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="360"/>
        <source>fxmargin will speak {language} from its next start.</source>
        <translation>fxmargin จะใช้{language}ตั้งแต่การเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="366"/>
        <source>Restart now</source>
        <translation>เริ่มใหม่ตอนนี้</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367"/>
        <source>Later</source>
        <translation>ภายหลัง</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <location filename="../../gui/main_window.py" line="469"/>
        <source>Cannot save the preset</source>
        <translation>บันทึกพรีเซ็ตไม่ได้</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="456"/>
        <source>The scheme has problems; fix them first (Scheme &gt; Edit…):</source>
        <translation>รูปแบบมีปัญหา แก้ไขก่อน (รูปแบบเลเวอเรจ &gt; แก้ไข…):</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="650"/>
        <source>Save scenario</source>
        <translation>บันทึกสถานการณ์</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="652"/>
        <source>fxmargin scenarios (*.json)</source>
        <translation>สถานการณ์ของ fxmargin (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="512"/>
        <source>{file} (imported)</source>
        <translation>{file} (นำเข้าแล้ว)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="514"/>
        <source>example (unsaved)</source>
        <translation>ตัวอย่าง (ยังไม่บันทึก)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="516"/>
        <source>new scenario (unsaved)</source>
        <translation>สถานการณ์ใหม่ (ยังไม่บันทึก)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="554"/>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="555"/>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation>สถานการณ์นี้มีการเปลี่ยนแปลงที่ยังไม่บันทึก บันทึกก่อนไหม?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="577"/>
        <source>Open scenario</source>
        <translation>เปิดสถานการณ์</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="587"/>
        <source>Import a MetaTrader statement</source>
        <translation>นำเข้ารายงานบัญชี MetaTrader</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="78"/>
        <location filename="../../gui/main_window.py" line="613"/>
        <source>Cannot open this file</source>
        <translation>เปิดไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="660"/>
        <source>Cannot save</source>
        <translation>บันทึกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="674"/>
        <source>Export results</source>
        <translation>ส่งออกผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="723"/>
        <source>a new scenario</source>
        <translation>สถานการณ์ใหม่</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="726"/>
        <source>Restore unsaved work?</source>
        <translation>กู้คืนงานที่ยังไม่บันทึก?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="728"/>
        <source>fxmargin closed on {time} without saving your changes to {name}. Restore them?</source>
        <translation>fxmargin ปิดเมื่อ {time} โดยไม่ได้บันทึกการเปลี่ยนแปลงของคุณใน {name} กู้คืนไหม?</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="41"/>
        <source>New order (what if)</source>
        <translation>คำสั่งใหม่ (สมมติ)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="53"/>
        <source>lots</source>
        <translation>ล็อต</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="82"/>
        <source>Lots from size by risk</source>
        <translation>ล็อตจากขนาดตามความเสี่ยง</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="89"/>
        <source>Most lots</source>
        <translation>ล็อตสูงสุด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="85"/>
        <source>The lots of this order&apos;s symbol and side that risk what Tools&apos; position size by risk asks (its stop, risk and commission)</source>
        <translation>จำนวนล็อตของสัญลักษณ์และฝั่งของคำสั่งนี้ที่เสี่ยงตามขนาดตามความเสี่ยงในเครื่องมือ (stop ความเสี่ยง และค่าคอมมิชชัน)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="91"/>
        <source>The most lots of this order&apos;s symbol and side that free margin allows</source>
        <translation>จำนวนล็อตสูงสุดของสัญลักษณ์และฝั่งของคำสั่งนี้ที่มาร์จิ้นคงเหลืออนุญาต</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>Now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="110"/>
        <source>After</source>
        <translation>หลังจากนั้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="99"/>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to positions</source>
        <translation>เพิ่มเข้าสถานะ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="64"/>
        <source>at market</source>
        <translation>ราคาตลาด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="65"/>
        <source>limit order at</source>
        <translation>คำสั่ง limit ที่</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="66"/>
        <source>stop order at</source>
        <translation>คำสั่ง stop ที่</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="69"/>
        <source>A pending order opens when the price reaches it (a buy on the ask, a sell on the bid): a buy limit or sell stop below the market, a buy stop or sell limit above. Nothing is charged until it fills.</source>
        <translation>คำสั่งรอเปิดเมื่อราคาไปถึง (ซื้อที่ ask ขายที่ bid): buy limit หรือ sell stop ต่ำกว่าตลาด buy stop หรือ sell limit สูงกว่า ไม่คิดมาร์จิ้นจนกว่าจะจับคู่</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="76"/>
        <source>price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="102"/>
        <source>Open this order in the scenario, at the ask (buy) or bid (sell)</source>
        <translation>เปิดคำสั่งนี้ในสถานการณ์ที่ ask (ซื้อ) หรือ bid (ขาย)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="141"/>
        <source>Type a symbol and lots to see what the order would do.</source>
        <translation>พิมพ์สัญลักษณ์และล็อตเพื่อดูผลของคำสั่ง</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="165"/>
        <source>lots must be a number above 0</source>
        <translation>ล็อตต้องเป็นตัวเลขมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="173"/>
        <source>the price must be a number above 0</source>
        <translation>ราคาต้องเป็นตัวเลขมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="304"/>
        <source>Add to orders</source>
        <translation>เพิ่มในคำสั่งรอ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="316"/>
        <source>{fill}. After: {state}</source>
        <translation>{fill} หลังจากนั้น: {state}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/order_panel.py" line="318"/>
        <source>Margin needed {amount} {currency}. After: {state}</source>
        <translation>มาร์จิ้นที่ต้องใช้ {amount} {currency} หลังจากนั้น: {state}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="36"/>
        <source>Symbol</source>
        <translation>สัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="37"/>
        <source>Instrument symbol from the catalog</source>
        <translation>สัญลักษณ์ตราสารจากแคตตาล็อก</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="41"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="42"/>
        <source>buy limit or sell stop: fills on a fall; buy stop or sell limit: fills on a rise. A buy fills on the ask, a sell on the bid</source>
        <translation>buy limit หรือ sell stop: จับคู่เมื่อราคาลง buy stop หรือ sell limit: เมื่อราคาขึ้น ซื้อจับคู่ที่ ask ขายที่ bid</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="50"/>
        <source>Lots</source>
        <translation>ล็อต</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="51"/>
        <source>Volume in lots the order opens</source>
        <translation>ปริมาณล็อตที่คำสั่งเปิด</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="55"/>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="56"/>
        <source>The order&apos;s price: the position opens there (a stop-limit&apos;s limit price)</source>
        <translation>ราคาของคำสั่ง: สถานะเปิดที่นั่น (ราคา limit ของ stop limit)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="63"/>
        <source>Stop</source>
        <translation>Stop ทริกเกอร์</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="64"/>
        <source>A stop-limit order&apos;s trigger; empty for the other types</source>
        <translation>ราคาทริกเกอร์ของคำสั่ง stop limit ประเภทอื่นเว้นว่าง</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="69"/>
        <source>Fills at</source>
        <translation>จับคู่ที่</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="70"/>
        <source>How far the analysed symbol&apos;s mid moves before the order fills, and that mid; an order on another symbol never fills here (only the analysed price moves)</source>
        <translation>ราคากลางของสัญลักษณ์ที่วิเคราะห์ขยับไกลแค่ไหนก่อนคำสั่งจับคู่ และราคานั้น คำสั่งของสัญลักษณ์อื่นไม่จับคู่ที่นี่ (ขยับแค่ราคาที่วิเคราะห์)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="77"/>
        <source>Margin after</source>
        <translation>มาร์จิ้นหลังจับคู่</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="78"/>
        <source>The account&apos;s margin once the order has filled (with every order filled on the way); margin now counts no pending order, as the terminal does</source>
        <translation>มาร์จิ้นของบัญชีเมื่อคำสั่งจับคู่แล้ว (รวมทุกคำสั่งที่จับคู่ระหว่างทาง) มาร์จิ้นตอนนี้ไม่นับคำสั่งรอ เหมือนเทอร์มินัล</translation>
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
        <translation>จับคู่แล้วที่ราคานี้</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="151"/>
        <source>never</source>
        <translation>ไม่เลย</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="153"/>
        <source>{pips} pips below ({price})</source>
        <translation>ต่ำลง {pips} pips ({price})</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_model.py" line="155"/>
        <source>{pips} pips above ({price})</source>
        <translation>สูงขึ้น {pips} pips ({price})</translation>
    </message>
</context>
<context>
    <name>OrdersTable</name>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="31"/>
        <location filename="../../gui/inputs/orders_table.py" line="88"/>
        <source>Pending orders</source>
        <translation>คำสั่งรอ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="70"/>
        <source>Add a pending order (Insert)</source>
        <translation>เพิ่มคำสั่งรอ (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="71"/>
        <source>Duplicate the selected order (Ctrl+D)</source>
        <translation>ทำซ้ำคำสั่งที่เลือก (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="72"/>
        <source>Remove the selected orders (Delete)</source>
        <translation>ลบคำสั่งที่เลือก (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="75"/>
        <source>Margin now counts none; each fills as the price moves</source>
        <translation>มาร์จิ้นตอนนี้ไม่นับคำสั่งใด แต่ละคำสั่งจับคู่เมื่อราคาไปถึง</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/orders_table.py" line="86"/>
        <source>Pending orders (amounts in {currency})</source>
        <translation>คำสั่งรอ (จำนวนเงินเป็น {currency})</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="37"/>
        <location filename="../../gui/plots/price_plot.py" line="65"/>
        <source>Equity</source>
        <translation>มูลค่าสุทธิ (Equity)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="35"/>
        <location filename="../../gui/plots/equity_plot.py" line="40"/>
        <location filename="../../gui/plots/price_plot.py" line="62"/>
        <source>Margin</source>
        <translation>มาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="48"/>
        <source>Max leverage 1:</source>
        <translation>เลเวอเรจสูงสุด 1:</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="51"/>
        <source>Leverage</source>
        <translation>เลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="74"/>
        <source>Margin ({currency})</source>
        <translation>มาร์จิ้น ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="79"/>
        <source>Equity ({currency})</source>
        <translation>มูลค่าสุทธิ ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="90"/>
        <source>unlimited</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="98"/>
        <location filename="../../gui/plots/price_plot.py" line="143"/>
        <source>now {price}</source>
        <translation>ตอนนี้ {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="112"/>
        <source>equity {equity} {currency}:  margin {margin} {currency}  leverage {leverage}</source>
        <translation>มูลค่าสุทธิ {equity} {currency}:  มาร์จิ้น {margin} {currency}  เลเวอเรจ {leverage}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/equity_plot.py" line="125"/>
        <location filename="../../gui/plots/level_plot.py" line="113"/>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>Now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="54"/>
        <location filename="../../gui/plots/level_plot.py" line="30"/>
        <source>Margin level (%)</source>
        <translation>ระดับมาร์จิ้น (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="82"/>
        <source>Orange line: margin call; red line: stop out. + is now. Each cell re-prices the whole account with both prices moved.</source>
        <translation>เส้นสีส้ม: margin call เส้นสีแดง: stop out + คือตอนนี้ แต่ละช่องคำนวณทั้งบัญชีใหม่เมื่อราคาทั้งสองขยับ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="123"/>
        <source>The heat map needs positions in two symbols: it moves the two largest.</source>
        <translation>แผนที่ความร้อนต้องมีสถานะในสองสัญลักษณ์ โดยจะขยับสองตัวที่ใหญ่ที่สุด</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="147"/>
        <source>{symbol} move (%)</source>
        <translation>การขยับของ {symbol} (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="162"/>
        <location filename="../../gui/plots/level_plot.py" line="100"/>
        <source>none (no margin)</source>
        <translation>ไม่มี (ไม่มีมาร์จิ้น)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="164"/>
        <source>ok</source>
        <translation>ปกติ</translation>
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
        <translation>stop out</translation>
    </message>
    <message>
        <location filename="../../gui/plots/heat_map_plot.py" line="168"/>
        <source>{x_symbol} {x_move}%, {y_symbol} {y_move}%: equity {equity}, margin level {level}, {state}</source>
        <translation>{x_symbol} {x_move}%, {y_symbol} {y_move}%: มูลค่าสุทธิ {equity} ระดับมาร์จิ้น {level} {state}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="32"/>
        <source>Margin level</source>
        <translation>ระดับมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="60"/>
        <source>now</source>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="71"/>
        <source>margin call {level}%</source>
        <translation>margin call {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="79"/>
        <source>stop out {level}%</source>
        <translation>stop out {level}%</translation>
    </message>
    <message>
        <location filename="../../gui/plots/level_plot.py" line="99"/>
        <source>{symbol} {price}:  margin level {level}</source>
        <translation>{symbol} {price}:  ระดับมาร์จิ้น {level}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="188"/>
        <source>pips from the market</source>
        <translation>pip จากราคาตลาด</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="409"/>
        <location filename="../../gui/plots/plot_base.py" line="412"/>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plot_base.py" line="431"/>
        <source>{symbol} price (mid)</source>
        <translation>ราคา {symbol} (กลาง)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="59"/>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="68"/>
        <source>Free margin</source>
        <translation>มาร์จิ้นคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="83"/>
        <source>Drag to see the account at another price (a what-if price)</source>
        <translation>ลากเพื่อดูบัญชีที่ราคาอื่น (ราคาสมมติ)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="113"/>
        <source>Amount ({currency})</source>
        <translation>จำนวนเงิน ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="126"/>
        <source>market {price}</source>
        <translation>ตลาด {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="141"/>
        <source>what if {price}</source>
        <translation>สมมติ {price}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="159"/>
        <source>{symbol} {price}:  margin {margin}  equity {equity}  free margin {free} {currency}</source>
        <translation>{symbol} {price}:  มาร์จิ้น {margin}  มูลค่าสุทธิ {equity}  มาร์จิ้นคงเหลือ {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/price_plot.py" line="174"/>
        <source>What if</source>
        <translation>สมมติ</translation>
    </message>
</context>
<context>
    <name>PlotsPanel</name>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="38"/>
        <source>Margin vs price</source>
        <translation>มาร์จิ้นเทียบราคา</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="39"/>
        <source>Margin level vs price</source>
        <translation>ระดับมาร์จิ้นเทียบราคา</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="40"/>
        <source>Margin and leverage vs equity</source>
        <translation>มาร์จิ้นและเลเวอเรจเทียบมูลค่าสุทธิ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="72"/>
        <source>All at once</source>
        <translation>แสดงพร้อมกัน</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="73"/>
        <source>Show the three plots stacked instead of in tabs</source>
        <translation>แสดงกราฟทั้งสามซ้อนกันแทนการแยกแท็บ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="75"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="76"/>
        <source>Save the plot as a picture, or its curve&apos;s numbers</source>
        <translation>บันทึกกราฟเป็นรูปภาพ หรือตัวเลขของเส้นกราฟ</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="78"/>
        <source>Picture (PNG)…</source>
        <translation>รูปภาพ (PNG)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="79"/>
        <source>The plot shown (all plots, when shown at once)</source>
        <translation>กราฟที่แสดงอยู่ (ทุกกราฟเมื่อแสดงพร้อมกัน)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="81"/>
        <source>Numbers (CSV)…</source>
        <translation>ตัวเลข (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="82"/>
        <source>The curve&apos;s numbers (the price curve, when all plots are shown)</source>
        <translation>ตัวเลขของเส้นกราฟ (เส้นราคา เมื่อแสดงทุกกราฟ)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="85"/>
        <source>Out of date</source>
        <translation>ไม่เป็นปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="87"/>
        <source>The plots show the last valid input until the marked fields are fixed</source>
        <translation>กราฟแสดงข้อมูลที่ถูกต้องล่าสุดจนกว่าจะแก้ช่องที่ทำเครื่องหมาย</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source>what if </source>
        <translation>สมมติ </translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="97"/>
        <source> pips</source>
        <translation> pip</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="105"/>
        <source>Move the analysed symbol&apos;s price by this many pips from the market: every figure, table and plot follows, as a what-if. Or drag the price line.</source>
        <translation>ขยับราคาของสัญลักษณ์ที่วิเคราะห์ไปจากราคาตลาดตามจำนวน pip นี้ ทุกตัวเลข ตาราง และกราฟจะตามไปเป็นการสมมติ หรือลากเส้นราคา</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="110"/>
        <source>Market</source>
        <translation>ตลาด</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="112"/>
        <source>Back to the market price (Esc on the plots)</source>
        <translation>กลับไปที่ราคาตลาด (Esc บนกราฟ)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="120"/>
        <source>Danger zone</source>
        <translation>โซนอันตราย</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="125"/>
        <source>When a margin call or stop out is within 1% of the price, frame the price plots on it (unticked: the nearest levels and tier thresholds, however far)</source>
        <translation>เมื่อ margin call หรือ stop out อยู่ภายใน 1% ของราคา ให้กราฟราคาซูมไปที่จุดนั้น (ไม่ติ๊ก: ระดับและเกณฑ์ขั้นที่ใกล้ที่สุด ไม่ว่าจะไกลแค่ไหน)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="132"/>
        <source>Orders fill</source>
        <translation>คำสั่งจับคู่</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="137"/>
        <source>Pending orders of the analysed symbol fill where its price reaches them, in every figure that moves the price (unticked: no order ever fills)</source>
        <translation>คำสั่งรอของสัญลักษณ์ที่วิเคราะห์จับคู่เมื่อราคาไปถึง ในทุกตัวเลขที่ขยับราคา (ไม่ติ๊ก: ไม่มีคำสั่งใดจับคู่)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="212"/>
        <source>Nothing to draw until the marked fields are fixed.</source>
        <translation>ไม่มีอะไรให้วาดจนกว่าจะแก้ช่องที่ทำเครื่องหมายไว้</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="308"/>
        <source>No open positions: add one to see margin against its price.</source>
        <translation>ไม่มีสถานะเปิด: เพิ่มสถานะเพื่อดูมาร์จิ้นเทียบกับราคา</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="334"/>
        <source>Export plot as PNG</source>
        <translation>ส่งออกกราฟเป็น PNG</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="336"/>
        <source>PNG images (*.png)</source>
        <translation>รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="345"/>
        <source>Export curve as CSV</source>
        <translation>ส่งออกเส้นกราฟเป็น CSV</translation>
    </message>
    <message>
        <location filename="../../gui/plots/plots_panel.py" line="347"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="40"/>
        <source>Symbol</source>
        <translation>สัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="41"/>
        <source>Instrument symbol from the catalog (EURUSD, XAUUSD, US500 ...)</source>
        <translation>สัญลักษณ์ตราสารจากแค็ตตาล็อก (EURUSD, XAUUSD, US500 ...)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="47"/>
        <source>Side</source>
        <translation>ฝั่ง</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="48"/>
        <source>buy or sell</source>
        <translation>ซื้อหรือขาย</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="52"/>
        <source>Lots</source>
        <translation>ล็อต</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="53"/>
        <source>Volume in lots; 1 lot = the contract size</source>
        <translation>ปริมาณเป็นล็อต 1 ล็อต = ขนาดสัญญา</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="57"/>
        <source>Open</source>
        <translation>ราคาเปิด</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="58"/>
        <source>Price the position was opened at</source>
        <translation>ราคาที่เปิดสถานะ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="62"/>
        <source>Swap</source>
        <translation>สวอป</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="63"/>
        <source>Swap so far, in account currency (negative = paid)</source>
        <translation>สวอปจนถึงตอนนี้ เป็นสกุลเงินบัญชี (ติดลบ = จ่าย)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="67"/>
        <source>Comm.</source>
        <translation>ค่าคอม</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="68"/>
        <source>Commission paid, in account currency (negative = paid)</source>
        <translation>ค่าคอมมิชชันที่จ่าย เป็นสกุลเงินบัญชี (ติดลบ = จ่าย)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="74"/>
        <source>Open lev.</source>
        <translation>เลเวอเรจเปิด</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="75"/>
        <source>Leverage the position was opened with; kept under schemes that apply tier changes to new positions only</source>
        <translation>เลเวอเรจตอนเปิดสถานะ คงไว้ในรูปแบบที่ใช้การเปลี่ยนขั้นกับสถานะใหม่เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="83"/>
        <source>Restr.</source>
        <translation>จำกัด</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="84"/>
        <source>Opened in a high-margin period (news, around the weekend): the broker keeps it on the scheme&apos;s restricted leverage cap</source>
        <translation>เปิดในช่วงมาร์จิ้นสูง (ข่าว ช่วงสุดสัปดาห์): โบรกเกอร์คงไว้ที่เพดานเลเวอเรจแบบจำกัดของรูปแบบ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="93"/>
        <source>Notional</source>
        <translation>มูลค่าสัญญา</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="94"/>
        <source>lots x contract size x price (ask for a buy, bid for a sell), in account currency</source>
        <translation>ล็อต x ขนาดสัญญา x ราคา (ask สำหรับซื้อ bid สำหรับขาย) เป็นสกุลเงินบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="100"/>
        <source>P/L</source>
        <translation>กำไร/ขาดทุน</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="101"/>
        <source>side x (close - open) x lots x contract size, converted, + swap + commission; a buy closes at the bid, a sell at the ask</source>
        <translation>ฝั่ง x (ปิด - เปิด) x ล็อต x ขนาดสัญญา แปลงสกุลเงิน + สวอป + ค่าคอม ซื้อปิดที่ bid ขายปิดที่ ask</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="108"/>
        <source>Margin</source>
        <translation>มาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="109"/>
        <source>margined notional (at the current or the open price, as the scheme says) / leverage, volume tiers blended in, times the instrument&apos;s margin multiplier</source>
        <translation>มูลค่าสัญญาที่คิดมาร์จิ้น (ที่ราคาปัจจุบันหรือราคาเปิด ตามรูปแบบ) / เลเวอเรจ ผสมขั้นปริมาณ คูณตัวคูณมาร์จิ้นของตราสาร</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="116"/>
        <source>Leverage</source>
        <translation>เลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="117"/>
        <source>the leverage the position&apos;s margin is charged at: the account&apos;s, capped by class, instrument and market caps, volume tiers blended in</source>
        <translation>เลเวอเรจที่ใช้คิดมาร์จิ้นของโพซิชัน: ของบัญชี จำกัดด้วยเพดานของกลุ่ม ตราสาร และตลาด รวมขั้นปริมาณแล้ว</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="125"/>
        <source>buy</source>
        <translation>ซื้อ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_model.py" line="126"/>
        <source>sell</source>
        <translation>ขาย</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="37"/>
        <location filename="../../gui/inputs/positions_table.py" line="93"/>
        <source>Positions</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="226"/>
        <source>&amp;Add</source>
        <translation>เพิ่ม(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="78"/>
        <source>Add a position (Insert)</source>
        <translation>เพิ่มสถานะ (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="227"/>
        <source>D&amp;uplicate</source>
        <translation>ทำซ้ำ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="79"/>
        <source>Duplicate the selected position (Ctrl+D)</source>
        <translation>ทำซ้ำสถานะที่เลือก (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/book_rows.py" line="228"/>
        <source>&amp;Remove</source>
        <translation>ลบ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="80"/>
        <source>Remove the selected positions (Delete)</source>
        <translation>ลบสถานะที่เลือก (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="83"/>
        <source>Notional, swap, comm.: right-click the header</source>
        <translation>มูลค่าสัญญา สวอป ค่าคอม: คลิกขวาที่หัวตาราง</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/positions_table.py" line="91"/>
        <source>Positions (amounts in {currency})</source>
        <translation>สถานะ (จำนวนเงินเป็น {currency})</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="29"/>
        <source>fxmargin presets and scenarios (*.json);;All files (*)</source>
        <translation>พรีเซ็ตและสถานการณ์ fxmargin (*.json);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="39"/>
        <source>My presets</source>
        <translation>พรีเซ็ตของฉัน</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="43"/>
        <source>Kept in {folder}</source>
        <translation>เก็บไว้ที่ {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="50"/>
        <source>&amp;Rename…</source>
        <translation>เปลี่ยนชื่อ(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="52"/>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="93"/>
        <source>Source: {source}</source>
        <translation>แหล่งที่มา: {source}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="96"/>
        <source>Checked: {date}</source>
        <translation>ตรวจสอบ: {date}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="99"/>
        <source>File: {file}</source>
        <translation>ไฟล์: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="131"/>
        <source>Cannot rename</source>
        <translation>เปลี่ยนชื่อไม่ได้</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="135"/>
        <source>Cannot delete</source>
        <translation>ลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="138"/>
        <source>Cannot export</source>
        <translation>ส่งออกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="157"/>
        <source>Rename preset</source>
        <translation>เปลี่ยนชื่อพรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="158"/>
        <source>New name:</source>
        <translation>ชื่อใหม่:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="171"/>
        <source>Delete preset</source>
        <translation>ลบพรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="172"/>
        <source>Delete your preset “{name}”? Scenarios that use it keep it.</source>
        <translation>ลบพรีเซ็ต “{name}” ของคุณ? สถานการณ์ที่ใช้อยู่จะยังเก็บไว้</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="184"/>
        <source>Export preset</source>
        <translation>ส่งออกพรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/presets_dialog.py" line="191"/>
        <source>Import preset</source>
        <translation>นำเข้าพรีเซ็ต</translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="42"/>
        <source>Symbol</source>
        <translation>สัญลักษณ์</translation>
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
        <translation>สเปรด</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="46"/>
        <source>Why it is needed</source>
        <translation>เหตุที่ต้องใช้</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="50"/>
        <source>The bid: sells open and buys close here. Typed alone, it is the whole price (no spread).</source>
        <translation>Bid: ฝั่งขายเปิดและฝั่งซื้อปิดที่นี่ ถ้าพิมพ์ค่าเดียวถือเป็นราคาทั้งหมด (ไม่มีสเปรด)</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="54"/>
        <source>The ask: buys open and sells close here. Leave it as the bid for no spread.</source>
        <translation>Ask: ฝั่งซื้อเปิดและฝั่งขายปิดที่นี่ ปล่อยให้เท่ากับ bid หากไม่มีสเปรด</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="57"/>
        <source>Ask - bid, in pips of the symbol</source>
        <translation>Ask - bid เป็น pip ของสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="59"/>
        <source>not used by this scenario</source>
        <translation>สถานการณ์นี้ไม่ได้ใช้</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="134"/>
        <source>enter the current price of {symbol}</source>
        <translation>ใส่ราคาปัจจุบันของ {symbol}</translation>
    </message>
</context>
<context>
    <name>PricesTable</name>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="214"/>
        <source>Market prices</source>
        <translation>ราคาตลาด</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="235"/>
        <location filename="../../gui/inputs/prices_table.py" line="274"/>
        <source>Paste prices</source>
        <translation>วางราคา</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="239"/>
        <source>Paste lines of SYMBOL BID ASK or SYMBOL PRICE (Ctrl+V in the table), separated by tabs, semicolons, commas or spaces, as a spreadsheet or the terminal&apos;s Market Watch copies them</source>
        <translation>วางบรรทัด SYMBOL BID ASK หรือ SYMBOL PRICE (Ctrl+V ในตาราง) คั่นด้วยแท็บ อัฒภาค จุลภาค หรือช่องว่าง ตามที่สเปรดชีตหรือ Market Watch ของเทอร์มินัลคัดลอก</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="263"/>
        <source>paste of {count} prices</source>
        <translation>วางราคา {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="275"/>
        <source>{count} prices pasted.</source>
        <translation>วางราคาแล้ว {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../gui/inputs/prices_table.py" line="280"/>
        <source>The clipboard holds no lines of SYMBOL BID ASK.</source>
        <translation>คลิปบอร์ดไม่มีบรรทัด SYMBOL BID ASK</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../gui/common/problem_words.py" line="36"/>
        <source>Positions, row {row}</source>
        <translation>สถานะ แถว {row}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="44"/>
        <source>Market prices, {symbol}</source>
        <translation>ราคาตลาด {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="47"/>
        <source>Broker scheme (Scheme &gt; Edit…)</source>
        <translation>รูปแบบของโบรกเกอร์ (รูปแบบเลเวอเรจ &gt; แก้ไข…)</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="49"/>
        <source>New order</source>
        <translation>คำสั่งใหม่</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="51"/>
        <source>Instrument {symbol} in the file</source>
        <translation>ตราสาร {symbol} ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="54"/>
        <source>The scenario</source>
        <translation>สถานการณ์</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="62"/>
        <source>Type {symbol}&apos;s price in Market prices.</source>
        <translation>พิมพ์ราคาของ {symbol} ในราคาตลาด</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="66"/>
        <source>{source} amounts cannot be turned into {target} yet: type a price for {pair} in Market prices.</source>
        <translation>ยังแปลงจำนวนเงิน {source} เป็น {target} ไม่ได้ พิมพ์ราคาของ {pair} ในราคาตลาด</translation>
    </message>
    <message>
        <location filename="../../gui/common/problem_words.py" line="75"/>
        <source>empty</source>
        <translation>ว่าง</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="50"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="51"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="55"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="56"/>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="39"/>
        <source>Balance</source>
        <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="40"/>
        <source>Deposits plus closed profit.</source>
        <translation>เงินฝากบวกกำไรที่ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="44"/>
        <source>Floating P/L</source>
        <translation>กำไร/ขาดทุนลอยตัว</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="45"/>
        <source>Sum over positions of side x (close - open) x lots x contract size, converted at mids, + swap + commission. A buy closes at the bid, a sell at the ask.</source>
        <translation>ผลรวมของทุกสถานะ ฝั่ง x (ปิด - เปิด) x ล็อต x ขนาดสัญญา แปลงที่ราคากลาง + สวอป + ค่าคอม ซื้อปิดที่ bid ขายปิดที่ ask</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="53"/>
        <source>Equity</source>
        <translation>มูลค่าสุทธิ (Equity)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="54"/>
        <source>Balance + credit + floating P/L.</source>
        <translation>ยอดคงเหลือ + เครดิต + กำไร/ขาดทุนลอยตัว</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="58"/>
        <source>Margin</source>
        <translation>มาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="59"/>
        <source>Sum of the positions&apos; margins: margined notional / leverage, volume tiers blended in. A buy is priced at the ask and a sell at the bid, or at its open price (MT5).</source>
        <translation>ผลรวมมาร์จิ้นของสถานะ: มูลค่าสัญญาที่คิดมาร์จิ้น / เลเวอเรจ ผสมขั้นปริมาณ ซื้อคิดที่ ask ขายคิดที่ bid หรือที่ราคาเปิด (MT5)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="67"/>
        <source>Margin basis</source>
        <translation>ราคาที่ใช้คิดมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="68"/>
        <source>The price margin is computed at: the current bid or ask (MetaTrader 4), or each position&apos;s open price (MetaTrader 5 and brokers that fix margin at opening).</source>
        <translation>ราคาที่ใช้คำนวณมาร์จิ้น: bid หรือ ask ปัจจุบัน (MetaTrader 4) หรือราคาเปิดของแต่ละสถานะ (MetaTrader 5 และโบรกเกอร์ที่กำหนดมาร์จิ้นตอนเปิด)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="76"/>
        <source>Free margin</source>
        <translation>มาร์จิ้นคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="77"/>
        <source>Equity - margin.</source>
        <translation>มูลค่าสุทธิ - มาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="81"/>
        <source>Margin level</source>
        <translation>ระดับมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="82"/>
        <source>Equity / margin x 100%. None without margin.</source>
        <translation>มูลค่าสุทธิ / มาร์จิ้น x 100% ไม่มีเมื่อไม่มีมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="86"/>
        <source>Leverage</source>
        <translation>เลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="87"/>
        <source>min(the leverage granted after the unlimited-leverage rules, the equity tier&apos;s leverage). Where volume tiers or class caps charge the open positions at another leverage, their average on the notional follows.</source>
        <translation>min(เลเวอเรจที่ได้รับหลังกฎเลเวอเรจไม่จำกัด, เลเวอเรจของขั้นอิควิตี้) เมื่อขั้นปริมาณหรือเพดานกลุ่มคิดโพซิชันที่เปิดอยู่ด้วยเลเวอเรจอื่น จะแสดงค่าเฉลี่ยตามมูลค่าตามสัญญาต่อท้าย</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="96"/>
        <source>Margin call / stop out</source>
        <translation>Margin call / Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="97"/>
        <source>Margin call when equity &lt;= margin call level x margin; stop out likewise (or equity &lt;= an amount with money levels).</source>
        <translation>Margin call เมื่อมูลค่าสุทธิ &lt;= ระดับ margin call x มาร์จิ้น stop out ก็เช่นกัน (หรือมูลค่าสุทธิ &lt;= จำนวนเงิน เมื่อใช้ระดับเป็นเงิน)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="109"/>
        <source>Results</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="126"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="132"/>
        <source>What is near: the margin call (or, at margin call, the stop out) at its nearer price. Orange when it is closer than ten of the symbol&apos;s current spreads (ten pips without a spread): a news release or the rollover can move that far at once.</source>
        <translation>สิ่งที่ใกล้เข้ามา: margin call (หรือเมื่อถึง margin call แล้ว คือ stop out) ที่ราคาใกล้กว่า สีส้มเมื่อใกล้กว่าสิบเท่าของสเปรดปัจจุบันของสัญลักษณ์ (สิบ pip ถ้าไม่มีสเปรด) ข่าวหรือโรลโอเวอร์อาจขยับไกลขนาดนั้นได้ในทันที</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="164"/>
        <source>Margin call and stop-out prices</source>
        <translation>ราคาที่เกิด Margin call และ Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="170"/>
        <source>The symbol whose price moves; all other prices stay fixed. Default: the largest notional.</source>
        <translation>สัญลักษณ์ที่ราคาขยับ ราคาอื่นคงที่ ค่าเริ่มต้น: มูลค่าสัญญาสูงสุด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="175"/>
        <source>Moving</source>
        <translation>สัญลักษณ์ที่ขยับ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="181"/>
        <source>The nearest mid prices below and above where the level is reached, the spread kept and every rule re-applied at each price; distances in pips and percent.</source>
        <translation>ราคากลางที่ใกล้ที่สุดด้านล่างและด้านบนที่ถึงระดับ โดยคงสเปรดและใช้ทุกกฎใหม่ที่แต่ละราคา ระยะเป็น pip และเปอร์เซ็นต์</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="188"/>
        <source>Margin call</source>
        <translation>Margin call</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="189"/>
        <source>Stop out</source>
        <translation>Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="192"/>
        <source>Spread widening (rollover, news)</source>
        <translation>สเปรดถ่าง (โรลโอเวอร์, ข่าว)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="201"/>
        <source>The smallest spread of the moving symbol, its mid fixed, at which the level is reached: positions close at the bid or the ask, so a wide spread alone can do it.</source>
        <translation>สเปรดที่เล็กที่สุดของสัญลักษณ์ที่วิเคราะห์ โดยราคากลางคงที่ ที่ทำให้ถึงระดับ สถานะปิดที่ bid หรือ ask สเปรดกว้างเพียงอย่างเดียวก็ทำให้เกิดได้</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="206"/>
        <source>Spread now</source>
        <translation>สเปรดปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="207"/>
        <source>Margin call at</source>
        <translation>Margin call ที่</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="208"/>
        <source>Stop out at</source>
        <translation>Stop out ที่</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="211"/>
        <source>Warnings</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="251"/>
        <source>NOT UP TO DATE: fix the marked fields</source>
        <translation>ไม่เป็นปัจจุบัน: แก้ไขช่องที่ทำเครื่องหมาย</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="255"/>
        <source>... and {count} more</source>
        <translation>... และอีก {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="257"/>
        <source>Fix these to update the results:</source>
        <translation>แก้ไขรายการเหล่านี้เพื่ออัปเดตผลลัพธ์:</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="269"/>
        <source>WHAT IF {symbol} were at {price}: {pips} pips from the market ({market}). Not the market: Market (or Esc on the plots) goes back.</source>
        <translation>สมมติ {symbol} อยู่ที่ {price}: ห่างจากตลาด {pips} pip ({market}) ไม่ใช่ราคาตลาด: ปุ่มตลาด (หรือ Esc บนกราฟ) เพื่อกลับ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="284"/>
        <source> + {amount} credit</source>
        <translation> + เครดิต {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="296"/>
        <source>{leverage} (tier {tier})</source>
        <translation>{leverage} (ขั้น {tier})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="305"/>
        <source>Picked {selected}, granted {granted}.</source>
        <translation>เลือก {selected} ได้รับ {granted}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="331"/>
        <source>no open positions</source>
        <translation>ไม่มีสถานะเปิด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="338"/>
        <source>{pips} pips ({symbol})</source>
        <translation>{pips} pip ({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="349"/>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="361"/>
        <source>Largest notional ({symbol})</source>
        <translation>มูลค่าสัญญาสูงสุด ({symbol})</translation>
    </message>
    <message>
        <location filename="../../gui/panels/results_panel.py" line="363"/>
        <source>Largest notional</source>
        <translation>มูลค่าสัญญาสูงสุด</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="89"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/rows_table.py" line="90"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>ScenarioController</name>
    <message>
        <location filename="../../gui/scenario_controller.py" line="283"/>
        <source>position {row}: {field}</source>
        <translation>โพซิชัน {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="286"/>
        <source>Symbol</source>
        <translation>สัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="287"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="288"/>
        <source>Lots</source>
        <translation>ล็อต</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="289"/>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="290"/>
        <source>Stop</source>
        <translation>Stop ทริกเกอร์</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="292"/>
        <source>pending order {row}: {field}</source>
        <translation>คำสั่งรอ {row}: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="299"/>
        <source>change of scheme</source>
        <translation>เปลี่ยนรูปแบบ</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="321"/>
        <source>new position</source>
        <translation>โพซิชันใหม่</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="333"/>
        <source>removal of positions</source>
        <translation>ลบโพซิชัน</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="344"/>
        <source>new pending order</source>
        <translation>คำสั่งรอใหม่</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="368"/>
        <source>removal of pending orders</source>
        <translation>การลบคำสั่งรอ</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="384"/>
        <source>price of {symbol}</source>
        <translation>ราคาของ {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_controller.py" line="567"/>
        <source>{symbol} read as {instrument}</source>
        <translation>{symbol} อ่านเป็น {instrument}</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="59"/>
        <source>all positions</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="60"/>
        <source>new positions only</source>
        <translation>เฉพาะสถานะใหม่</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="63"/>
        <source>notional (account currency)</source>
        <translation>มูลค่าสัญญา (สกุลเงินบัญชี)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="64"/>
        <source>lots</source>
        <translation>ล็อต</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="67"/>
        <source>the whole account</source>
        <translation>ทั้งบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="68"/>
        <source>each group (major, minor, exotic, metal…)</source>
        <translation>แต่ละกลุ่ม (หลัก รอง เอ็กโซติก โลหะ…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="69"/>
        <source>each class (forex, metal, index…)</source>
        <translation>แต่ละประเภท (ฟอเร็กซ์ โลหะ ดัชนี…)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="70"/>
        <source>each symbol</source>
        <translation>แต่ละสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="73"/>
        <source>margined lots (after hedging)</source>
        <translation>ล็อตที่คิดมาร์จิ้น (หลังเฮดจ์)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="74"/>
        <source>the larger of buys and sells</source>
        <translation>ฝั่งที่มากกว่าระหว่างซื้อและขาย</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="75"/>
        <source>buys and sells together</source>
        <translation>ซื้อและขายรวมกัน</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="79"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="80"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="81"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="82"/>
        <source>Checked on</source>
        <translation>ตรวจสอบเมื่อ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="83"/>
        <source>Margin priced</source>
        <translation>ราคาคิดมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="84"/>
        <source>Tiers apply to</source>
        <translation>ขั้นใช้กับ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="85"/>
        <source>Volume counted in</source>
        <translation>นับปริมาณเป็น</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="86"/>
        <source>Counted over</source>
        <translation>นับรวมตาม</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="87"/>
        <source>Counting</source>
        <translation>วิธีนับ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="88"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="348"/>
        <source>Account types</source>
        <translation>ประเภทบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="89"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="353"/>
        <source>Platforms</source>
        <translation>แพลตฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="90"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Equity below</source>
        <translation>มูลค่าสุทธิต่ำกว่า</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="91"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="357"/>
        <source>Closed trades at least</source>
        <translation>การซื้อขายที่ปิดแล้วอย่างน้อย</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="92"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="358"/>
        <source>Closed lots at least</source>
        <translation>ล็อตที่ปิดแล้วอย่างน้อย</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="361"/>
        <source>Otherwise 1:</source>
        <translation>มิฉะนั้น 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="119"/>
        <source>Edit broker scheme</source>
        <translation>แก้ไขรูปแบบของโบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="55"/>
        <source>at the current price</source>
        <translation>ที่ราคาปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="56"/>
        <source>at the open price</source>
        <translation>ที่ราคาเปิด</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="93"/>
        <source>Fallback</source>
        <translation>สำรอง</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="129"/>
        <source>The scheme&apos;s name, as the scheme list shows it.</source>
        <translation>ชื่อรูปแบบตามที่แสดงในรายการรูปแบบ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>&amp;Description</source>
        <translation>คำอธิบาย(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="130"/>
        <source>One line on what the rules are.</source>
        <translation>หนึ่งบรรทัดอธิบายกฎ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="133"/>
        <source>&amp;Source</source>
        <translation>แหล่งที่มา(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="134"/>
        <source>Where the numbers come from: the broker&apos;s page or e-mail.</source>
        <translation>ที่มาของตัวเลข: หน้าเว็บหรืออีเมลของโบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="138"/>
        <source>C&amp;hecked on</source>
        <translation>ตรวจสอบเมื่อ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="139"/>
        <source>The date you last read the source (YYYY-MM-DD).</source>
        <translation>วันที่คุณอ่านแหล่งที่มาล่าสุด (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="142"/>
        <source>YYYY-MM-DD</source>
        <translation>ปปปป-ดด-วว</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="148"/>
        <source>The currency the scheme&apos;s equity and notional limits are in.</source>
        <translation>สกุลเงินของขีดจำกัดมูลค่าสุทธิและมูลค่าสัญญาในรูปแบบ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="153"/>
        <source>Margin p&amp;riced</source>
        <translation>ราคาคิดมาร์จิ้น(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="157"/>
        <source>C&amp;urrency</source>
        <translation>สกุลเงิน(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="162"/>
        <source>&amp;Equity tiers</source>
        <translation>ขั้นมูลค่าสุทธิ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="163"/>
        <source>&amp;Volume tiers</source>
        <translation>ขั้นปริมาณ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="164"/>
        <source>Hedging and &amp;caps</source>
        <translation>เฮดจ์และเพดาน(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="165"/>
        <source>Unlimited and &amp;levels</source>
        <translation>ไม่จำกัดและระดับ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="174"/>
        <source>&amp;Use in this scenario</source>
        <translation>ใช้ในสถานการณ์นี้(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="176"/>
        <source>Save as &amp;my preset…</source>
        <translation>บันทึกเป็นพรีเซ็ตของฉัน(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <source>From (equity)</source>
        <translation>ตั้งแต่ (มูลค่าสุทธิ)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="220"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="238"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Leverage 1:</source>
        <translation>เลเวอเรจ 1:</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="223"/>
        <source>The equity at which this tier starts; the first starts at 0.</source>
        <translation>มูลค่าสุทธิที่ขั้นนี้เริ่ม ขั้นแรกเริ่มที่ 0</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="227"/>
        <source>The leverage the account gets at each level of equity. No rows: none.</source>
        <translation>เลเวอเรจที่บัญชีได้ในแต่ละระดับมูลค่าสุทธิ ไม่มีแถว: ไม่มีขั้น</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="236"/>
        <source>Ladder (all, group, class or symbol)</source>
        <translation>บันได (all กลุ่ม ประเภท หรือสัญลักษณ์)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="237"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="244"/>
        <source>Rows with the same key form one ladder. &apos;all&apos; is one ladder for every position; with other ladders it is the ladder for the rest.</source>
        <translation>แถวที่มีคีย์เดียวกันรวมเป็นบันไดเดียว &apos;all&apos; คือบันไดเดียวสำหรับทุกสถานะ ถ้ามีบันไดอื่นจะเป็นบันไดของที่เหลือ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="248"/>
        <source>Where this tier starts, in the unit below; each ladder&apos;s first starts at 0.</source>
        <translation>จุดที่ขั้นนี้เริ่ม ในหน่วยด้านล่าง ขั้นแรกของแต่ละบันไดเริ่มที่ 0</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="254"/>
        <source>Leverage by the volume of open positions, applied tier by tier.</source>
        <translation>เลเวอเรจตามปริมาณสถานะที่เปิด ใช้ทีละขั้น</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Class</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="273"/>
        <source>Rule</source>
        <translation>กฎ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="278"/>
        <source>none: both sides margined; net: only the difference; larger_leg: the larger side; a number h: the share of covered lots that is margined.</source>
        <translation>none: คิดมาร์จิ้นทั้งสองฝั่ง net: เฉพาะส่วนต่าง larger_leg: ฝั่งที่ใหญ่กว่า ตัวเลข h: สัดส่วนของล็อตที่เฮดจ์ซึ่งคิดมาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="285"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="291"/>
        <source>Class or symbol</source>
        <translation>ประเภทหรือสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="297"/>
        <source>Hedged positions (no rows: none)</source>
        <translation>สถานะเฮดจ์ (ไม่มีแถว: none)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="299"/>
        <source>Highest leverage per class or symbol</source>
        <translation>เลเวอเรจสูงสุดต่อประเภทหรือสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="302"/>
        <source>In a restricted market (news, weekends)</source>
        <translation>ในตลาดที่ถูกจำกัด (ข่าว สุดสัปดาห์)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="306"/>
        <source>Hedging, per class or &apos;all&apos;: none, both sides margined; net, only the difference; larger_leg, the larger side; a number h from 0 to 1, that share of the covered lots margined (0.5: half).</source>
        <translation>การเฮดจ์ ต่อประเภทหรือ &apos;all&apos;: none คิดมาร์จิ้นทั้งสองฝั่ง net เฉพาะส่วนต่าง larger_leg ฝั่งที่ใหญ่กว่า ตัวเลข h จาก 0 ถึง 1 สัดส่วนของล็อตที่เฮดจ์ซึ่งคิดมาร์จิ้น (0.5: ครึ่งหนึ่ง)</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="312"/>
        <source>From the terminal&apos;s symbol specification: MT4&apos;s hedged margin is per lot, so half the contract size is 0.5. MT5&apos;s is per covered pair: one lot&apos;s margin (hedged margin equal to the contract size) is 0.5, half a lot&apos;s is 0.25, none is net; MT5&apos;s &apos;calculate hedged margin using larger leg&apos; is larger_leg.</source>
        <translation>จากข้อกำหนดสัญลักษณ์ในเทอร์มินัล: hedged margin ของ MT4 คิดต่อล็อต ดังนั้นครึ่งหนึ่งของขนาดสัญญาคือ 0.5 ของ MT5 คิดต่อคู่ที่ป้องกันความเสี่ยง: มาร์จิ้นหนึ่งล็อต (hedged margin เท่ากับขนาดสัญญา) คือ 0.5 ครึ่งล็อตคือ 0.25 ไม่มีคือ net; &apos;คำนวณ hedged margin ด้วยขาที่ใหญ่กว่า&apos; ของ MT5 คือ larger_leg</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="319"/>
        <source>Caps: an instrument never gets more leverage than its class&apos;s or its symbol&apos;s (symbols in capitals, as XAGUSD); a symbol&apos;s entry wins over its class&apos;s.</source>
        <translation>เพดาน: ตราสารจะไม่ได้เลเวอเรจมากกว่าของประเภทหรือสัญลักษณ์ของมัน (สัญลักษณ์ตัวพิมพ์ใหญ่ เช่น XAGUSD) ค่าของสัญลักษณ์ใช้แทนค่าของประเภท</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="324"/>
        <source>Restricted market: the caps for positions marked restricted, or for all when the account form&apos;s Restricted market is ticked; &apos;all&apos; is one cap for every position.</source>
        <translation>ตลาดถูกจำกัด: เพดานสำหรับสถานะที่ทำเครื่องหมายว่าจำกัด หรือทุกสถานะเมื่อติ๊กตลาดถูกจำกัดในฟอร์มบัญชี &apos;all&apos; คือเพดานเดียวสำหรับทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="338"/>
        <source>Unlimited leverage for eligible accounts</source>
        <translation>เลเวอเรจไม่จำกัดสำหรับบัญชีที่มีสิทธิ์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="349"/>
        <source>Comma-separated; empty: every type.</source>
        <translation>คั่นด้วยจุลภาค ว่างไว้: ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="354"/>
        <source>Comma-separated (MT4, MT5); empty: every platform.</source>
        <translation>คั่นด้วยจุลภาค (MT4, MT5) ว่างไว้: ทุกแพลตฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="356"/>
        <source>Unlimited only below this equity.</source>
        <translation>ไม่จำกัดเฉพาะเมื่อมูลค่าสุทธิต่ำกว่านี้</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="362"/>
        <source>The leverage of an account that is not eligible.</source>
        <translation>เลเวอเรจของบัญชีที่ไม่มีสิทธิ์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Account type</source>
        <translation>ประเภทบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Margin call %</source>
        <translation>Margin call %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="368"/>
        <source>Stop out %</source>
        <translation>Stop out %</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="375"/>
        <source>Margin call and stop out by account type</source>
        <translation>Margin call และ stop out ตามประเภทบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="431"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="437"/>
        <source>Equity tiers</source>
        <translation>ขั้นมูลค่าสุทธิ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="441"/>
        <source>Hedging</source>
        <translation>การเฮดจ์</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="446"/>
        <source>Caps</source>
        <translation>เพดาน</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="452"/>
        <source>Restricted market</source>
        <translation>ตลาดถูกจำกัด</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="489"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="545"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="552"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>{table}, row {row}</source>
        <translation>{table} แถว {row}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="492"/>
        <source>{place}, From</source>
        <translation>{place} ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="495"/>
        <source>{place}, Leverage</source>
        <translation>{place} เลเวอเรจ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="511"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="517"/>
        <source>Volume tiers</source>
        <translation>ขั้นปริมาณ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="521"/>
        <source>Volume tiers ({ladder})</source>
        <translation>ขั้นปริมาณ ({ladder})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="561"/>
        <source>Unlimited leverage</source>
        <translation>เลเวอเรจไม่จำกัด</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="565"/>
        <source>Unlimited: {field}</source>
        <translation>ไม่จำกัด: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="577"/>
        <location filename="../../gui/schemes/scheme_editor.py" line="579"/>
        <source>Levels</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="583"/>
        <source>{place}, Margin call</source>
        <translation>{place} Margin call</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="586"/>
        <source>{place}, Stop out</source>
        <translation>{place} Stop out</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="671"/>
        <source>equity tiers</source>
        <translation>ขั้นมูลค่าสุทธิ</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="672"/>
        <source>Equity ({currency})</source>
        <translation>มูลค่าสุทธิ ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="679"/>
        <source>Volume, lots</source>
        <translation>ปริมาณ ล็อต</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="681"/>
        <source>Volume, notional ({currency})</source>
        <translation>ปริมาณ มูลค่าสัญญา ({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/scheme_editor.py" line="709"/>
        <source>Cannot save the preset</source>
        <translation>บันทึกพรีเซ็ตไม่ได้</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="44"/>
        <source>Positions: add a position</source>
        <translation>โพซิชัน: เพิ่มโพซิชัน</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="45"/>
        <source>Positions: duplicate the selected position</source>
        <translation>โพซิชัน: ทำซ้ำโพซิชันที่เลือก</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="46"/>
        <source>Positions: remove the selected positions</source>
        <translation>โพซิชัน: ลบโพซิชันที่เลือก</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="47"/>
        <source>Tables: edit the cell (or start typing)</source>
        <translation>ตาราง: แก้ไขเซลล์ (หรือเริ่มพิมพ์)</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="48"/>
        <source>Plots: back to the market price</source>
        <translation>กราฟ: กลับไปที่ราคาตลาด</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="51"/>
        <source>Market prices: paste lines of SYMBOL BID ASK</source>
        <translation>ราคาตลาด: วางบรรทัด SYMBOL BID ASK</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="183"/>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="187"/>
        <source>What they do</source>
        <translation>หน้าที่</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="34"/>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>Imported statement</source>
        <translation>รายงานบัญชีที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Statement</source>
        <translation>รายงานบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="50"/>
        <source>Difference</source>
        <translation>ผลต่าง</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="61"/>
        <source>Find the broker&apos;s rule again</source>
        <translation>ค้นหากฎของโบรกเกอร์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="65"/>
        <source>Search again for the leverage, margin price, hedging and caps that reproduce the printed margin, with the prices, the leverage and the scheme as you have them now (a leverage you changed and a preset you picked are kept)</source>
        <translation>ค้นหาอีกครั้งถึงเลเวอเรจ ราคามาร์จิ้น การป้องกันความเสี่ยง และเพดานที่ให้มาร์จิ้นตรงกับที่พิมพ์ ด้วยราคา เลเวอเรจ และแผนตามที่คุณมีตอนนี้ (เลเวอเรจที่คุณเปลี่ยนและพรีเซ็ตที่คุณเลือกจะคงไว้)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="108"/>
        <source>MetaTrader 5, live</source>
        <translation>MetaTrader 5 แบบสด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="109"/>
        <source>Terminal</source>
        <translation>เทอร์มินัล</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="112"/>
        <source>Live from MetaTrader 5: {server}, account {account}, read at {time}</source>
        <translation>สดจาก MetaTrader 5: {server} บัญชี {account} อ่านเมื่อ {time}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="122"/>
        <source>{platform} statement {file}</source>
        <translation>รายงานบัญชี {platform} {file}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="127"/>
        <source>, account {account}</source>
        <translation>, บัญชี {account}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="139"/>
        <source>1 open position</source>
        <translation>สถานะเปิด 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="141"/>
        <source>{count} open positions</source>
        <translation>สถานะเปิด {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="142"/>
        <source>1 closed trade ({lots} lots)</source>
        <translation>รายการที่ปิดแล้ว 1 รายการ ({lots} ล็อต)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="144"/>
        <source>{count} closed trades ({lots} lots)</source>
        <translation>รายการที่ปิดแล้ว {count} รายการ ({lots} ล็อต)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="147"/>
        <source>1 pending order</source>
        <translation>คำสั่งรอดำเนินการ 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="149"/>
        <source>{count} pending orders</source>
        <translation>คำสั่งรอดำเนินการ {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="216"/>
        <source>Added up as the terminal does: each position&apos;s P/L rounded to the cent (a yen) first, as the positions table shows it. The Results panel adds them unrounded, so it may differ by a few cents.</source>
        <translation>รวมแบบที่เทอร์มินัลทำ: กำไร/ขาดทุนของแต่ละสถานะปัดเป็นเซ็นต์ (เป็นเยน) ก่อน ตามที่ตารางสถานะแสดง แผงผลลัพธ์รวมโดยไม่ปัด จึงอาจต่างกันไม่กี่เซ็นต์</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="225"/>
        <source>agrees</source>
        <translation>ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="228"/>
        <source>fxmargin and the statement agree to the printed unit</source>
        <translation>fxmargin และรายงานตรงกันถึงหน่วยที่พิมพ์</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="231"/>
        <source>fxmargin differs from the terminal&apos;s figure by more than the printed unit (a cent, or one yen): see the headline and the notes</source>
        <translation>fxmargin ต่างจากตัวเลขของเทอร์มินัลเกินหน่วยที่พิมพ์ (หนึ่งเซ็นต์หรือหนึ่งเยน): ดูหัวข้อและหมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="255"/>
        <source>{symbol} is</source>
        <translation>{symbol} คือ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="265"/>
        <source>The catalog symbol the broker&apos;s {symbol} stands for; or complete its instrument (class, base, quote, contract and pip size) in the scenario file</source>
        <translation>สัญลักษณ์ในแค็ตตาล็อกที่ตรงกับ {symbol} ของโบรกเกอร์ หรือกรอกข้อมูลตราสาร (ประเภท สกุลฐาน สกุลอ้างอิง ขนาดสัญญา และขนาด pip) ในไฟล์สถานการณ์</translation>
    </message>
    <message>
        <location filename="../../gui/panels/statement_panel.py" line="269"/>
        <source>Map</source>
        <translation>จับคู่</translation>
    </message>
</context>
<context>
    <name>StressPanel</name>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="31"/>
        <source>What if</source>
        <translation>สมมติ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="32"/>
        <source>Equity</source>
        <translation>มูลค่าสุทธิ (Equity)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="33"/>
        <source>Margin</source>
        <translation>มาร์จิ้น</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="34"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="35"/>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="36"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="42"/>
        <source>ok</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="43"/>
        <source>MARGIN CALL</source>
        <translation>MARGIN CALL</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="44"/>
        <source>STOP OUT</source>
        <translation>STOP OUT</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="51"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="77"/>
        <source> pips</source>
        <translation> pip</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="80"/>
        <source>A weekend gap: every symbol opens this many of its pips against your net position in it (0: no gap row).</source>
        <translation>ช่องว่างราคาสุดสัปดาห์: ทุกสัญลักษณ์เปิดห่างไปเท่านี้ pip สวนสถานะสุทธิของคุณ (0: ไม่มีแถวช่องว่าง)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="86"/>
        <source>Weekend gap</source>
        <translation>ช่องว่างราคาสุดสัปดาห์</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="102"/>
        <source>Margin level: equity / margin x 100%</source>
        <translation>ระดับมาร์จิ้น: มูลค่าสุทธิ / มาร์จิ้น x 100%</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="110"/>
        <source>Each row re-prices the whole account with every rule (tiers, eligibility, conversions): each symbol alone moved; the account currency stronger or weaker against every other currency at once; each spread widened to the one that brings a margin call; a weekend gap against every position at once. In the results CSV too.</source>
        <translation>แต่ละแถวคำนวณทั้งบัญชีใหม่ด้วยทุกกฎ (ขั้น สิทธิ์ การแปลงสกุลเงิน): ขยับทีละสัญลักษณ์ สกุลเงินบัญชีแข็งหรืออ่อนเทียบทุกสกุลพร้อมกัน สเปรดแต่ละตัวถ่างถึงจุดที่เกิด margin call ช่องว่างสุดสัปดาห์สวนทุกสถานะพร้อมกัน มีใน CSV ผลลัพธ์ด้วย</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="165"/>
        <source>amounts in {currency}</source>
        <translation>จำนวนเงินเป็น {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stress_panel.py" line="169"/>
        <source>; the currency rows move {currency}</source>
        <translation>; แถวสกุลเงินขยับ {currency}</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="51"/>
        <source>Tools</source>
        <translation>เครื่องมือ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="55"/>
        <source>Position size by risk</source>
        <translation>ขนาดสถานะตามความเสี่ยง</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="63"/>
        <location filename="../../gui/panels/tools_panel.py" line="99"/>
        <source>Symbol</source>
        <translation>สัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="66"/>
        <source>Stop-loss distance in pips.</source>
        <translation>ระยะ stop loss เป็น pip</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="67"/>
        <source>Stop (pips)</source>
        <translation>Stop (pip)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>% of equity</source>
        <translation>% ของมูลค่าสุทธิ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="72"/>
        <source>money</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="75"/>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="78"/>
        <source>Round-turn commission per lot, in account currency.</source>
        <translation>ค่าคอมมิชชันไป-กลับต่อล็อต เป็นสกุลเงินบัญชี</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="79"/>
        <source>Commission / lot</source>
        <translation>ค่าคอม / ล็อต</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="85"/>
        <source>lots = risk / (stop pips x pip value + commission per lot), rounded down to 0.01.</source>
        <translation>ล็อต = ความเสี่ยง / (pip ของ stop x มูลค่าต่อ pip + ค่าคอมต่อล็อต) ปัดลงที่ 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="88"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="91"/>
        <source>Maximum volume</source>
        <translation>ปริมาณสูงสุด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="104"/>
        <source>The most lots you can open now leaving free margin &gt;= 0.</source>
        <translation>ล็อตมากที่สุดที่เปิดได้ตอนนี้โดยมาร์จิ้นคงเหลือ &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="106"/>
        <source>Most lots</source>
        <translation>ล็อตสูงสุด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="129"/>
        <source>must be a number</source>
        <translation>ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="131"/>
        <source>must be greater than 0</source>
        <translation>ต้องมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="133"/>
        <source>must not be negative</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="135"/>
        <source>must be at most {limit}</source>
        <translation>ต้องไม่เกิน {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="200"/>
        <location filename="../../gui/panels/tools_panel.py" line="227"/>
        <source>needs a price for {symbol} under Market prices</source>
        <translation>ต้องมีราคาของ {symbol} ในราคาตลาด</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="208"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt; (risk {risk} {currency}, pip {pip} {currency}/lot)&lt;br&gt;margin needed {margin} {currency}, free margin after {free} {currency}</source>
        <translation>&lt;b&gt;{lots} ล็อต&lt;/b&gt; (ความเสี่ยง {risk} {currency} pip {pip} {currency}/ล็อต)&lt;br&gt;มาร์จิ้นที่ต้องใช้ {margin} {currency} มาร์จิ้นคงเหลือหลังจากนั้น {free} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="222"/>
        <source>&lt;b&gt;no limit&lt;/b&gt;: this position needs no margin (unlimited leverage)</source>
        <translation>&lt;b&gt;ไม่จำกัด&lt;/b&gt;: สถานะนี้ไม่ต้องใช้มาร์จิ้น (เลเวอเรจไม่จำกัด)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/tools_panel.py" line="235"/>
        <source>&lt;b&gt;{lots} lots&lt;/b&gt;, margin then {margin} {currency}</source>
        <translation>&lt;b&gt;{lots} ล็อต&lt;/b&gt; มาร์จิ้นตอนนั้น {margin} {currency}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../gui/help_dialogs.py" line="81"/>
        <source>fxmargin user guide</source>
        <translation>คู่มือผู้ใช้ fxmargin</translation>
    </message>
    <message>
        <location filename="../../gui/help_dialogs.py" line="106"/>
        <source>The user guide is missing from this copy of fxmargin.</source>
        <translation>สำเนา fxmargin นี้ไม่มีคู่มือผู้ใช้</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="75"/>
        <source>Save as my preset</source>
        <translation>บันทึกเป็นพรีเซ็ตของฉัน</translation>
    </message>
    <message>
        <location filename="../../gui/schemes/user_presets.py" line="76"/>
        <source>Name of your preset:</source>
        <translation>ชื่อพรีเซ็ตของคุณ:</translation>
    </message>
</context>
</TS>
