<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutPersonPage</name>
    <message>
        <source>Who the person is, how they communicate, who took part, and what they agreed. Only the names are needed; leave blank what they do not know.</source>
        <translation>Pwy yw&apos;r person, sut maen nhw&apos;n cyfathrebu, pwy gymerodd ran, a&apos;r hyn y cytunon nhw iddo. Dim ond yr enwau sy&apos;n angenrheidiol; gadewch yn wag yr hyn nad ydyn nhw&apos;n ei wybod.</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>Yr asesiad</translation>
    </message>
    <message>
        <source>What &amp;kind of assessment:</source>
        <translation>Math &amp;o asesiad:</translation>
    </message>
    <message>
        <source>What kind of assessment</source>
        <translation>Math o asesiad</translation>
    </message>
    <message>
        <source>An adult&apos;s needs assessment (Care Act 2014 s9) or a carer&apos;s assessment (s10). Nothing recorded is lost by changing it.</source>
        <translation>Asesiad o anghenion oedolyn (Care Act 2014 s9) neu asesiad gofalwr (s10). Ni chollir dim a gofnodwyd wrth ei newid.</translation>
    </message>
    <message>
        <source>Care Act 2014 s9 (an adult&apos;s needs) or s10 (a carer&apos;s needs)</source>
        <translation>Care Act 2014 s9 (anghenion oedolyn) neu s10 (anghenion gofalwr)</translation>
    </message>
    <message>
        <source>The caring role (Care Act 2014 s10)</source>
        <translation>Y rôl ofalu (Care Act 2014 s10)</translation>
    </message>
    <message>
        <source>&amp;Being cared for:</source>
        <translation>Yn derbyn &amp;gofal:</translation>
    </message>
    <message>
        <source>Who the carer cares for</source>
        <translation>Am bwy mae&apos;r gofalwr yn gofalu</translation>
    </message>
    <message>
        <source>Choose someone on the caseload with the arrow keys, or type the name of someone who is not on it.</source>
        <translation>Dewiswch rywun o&apos;r llwyth achosion gyda&apos;r bysellau saeth, neu teipiwch enw rhywun nad yw arno.</translation>
    </message>
    <message>
        <source>Whether the person cared for is on the caseload</source>
        <translation>A yw&apos;r person sy&apos;n derbyn gofal ar y llwyth achosion</translation>
    </message>
    <message>
        <source>What the caring involves, day and night:</source>
        <translation>Beth mae&apos;r gofalu&apos;n ei olygu, ddydd a nos:</translation>
    </message>
    <message>
        <source>What the caring involves</source>
        <translation>Beth mae&apos;r gofalu&apos;n ei olygu</translation>
    </message>
    <message>
        <source>Hours of caring a week:</source>
        <translation>Oriau gofalu yr wythnos:</translation>
    </message>
    <message>
        <source>Hours of caring a week</source>
        <translation>Oriau gofalu yr wythnos</translation>
    </message>
    <message>
        <source>From 0 to 168, the hours in a week. 0 means not known yet.</source>
        <translation>O 0 i 168, sef nifer yr oriau mewn wythnos. Mae 0 yn golygu nad yw&apos;n hysbys eto.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <source>What would help the carer, in their words:</source>
        <translation>Beth fyddai&apos;n helpu&apos;r gofalwr, yn eu geiriau eu hunain:</translation>
    </message>
    <message>
        <source>What would help the carer</source>
        <translation>Beth fyddai&apos;n helpu&apos;r gofalwr</translation>
    </message>
    <message>
        <source>What happens if the carer cannot care (the contingency plan):</source>
        <translation>Beth sy&apos;n digwydd os na all y gofalwr ofalu (y cynllun wrth gefn):</translation>
    </message>
    <message>
        <source>What happens if the carer cannot care</source>
        <translation>Beth sy&apos;n digwydd os na all y gofalwr ofalu</translation>
    </message>
    <message>
        <source>Who the carer calls in a crisis, with their number:</source>
        <translation>Pwy mae&apos;r gofalwr yn ei ffonio mewn argyfwng, a&apos;u rhif:</translation>
    </message>
    <message>
        <source>Who the carer calls in a crisis</source>
        <translation>Pwy mae&apos;r gofalwr yn ei ffonio mewn argyfwng</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>Enwau &amp;cyntaf:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Enwau cyntaf</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>Cyf&amp;enw:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Enw de&amp;wisol:</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Beth maen nhw&apos;n hoffi cael eu galw</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Dyddiad geni:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Day, month and year, for example 09/03/1941. Leave blank if not known.</source>
        <translation>Diwrnod, mis a blwyddyn, er enghraifft 09/03/1941. Gadewch yn wag os nad yw&apos;n hysbys.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>Date of birth check</source>
        <translation>Gwiriad dyddiad geni</translation>
    </message>
    <message>
        <source>&amp;NHS number:</source>
        <translation>&amp;Rhif GIG:</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Ten digits; spaces are fine. Optional: many people do not know it.</source>
        <translation>Deg digid; mae bylchau&apos;n iawn. Dewisol: nid yw llawer o bobl yn ei wybod.</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>Os yw&apos;n hysbys</translation>
    </message>
    <message>
        <source>NHS number check</source>
        <translation>Gwiriad rhif GIG</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>One line of the address on each line, without the postcode</source>
        <translation>Un llinell o&apos;r cyfeiriad ar bob llinell, heb y cod post</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Cod post:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Ffôn:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Cyfathrebu</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Iaith ddewisol:</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Iaith ddewisol</translation>
    </message>
    <message>
        <source>For example: English, Cymraeg, Polski, British Sign Language</source>
        <translation>Er enghraifft: Saesneg, Cymraeg, Polski, Iaith Arwyddion Prydain</translation>
    </message>
    <message>
        <source>An &amp;interpreter is needed</source>
        <translation>Mae a&amp;ngen cyfieithydd</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>Mae angen cyfieithydd</translation>
    </message>
    <message>
        <source>Interpreter for:</source>
        <translation>Cyfieithydd ar gyfer:</translation>
    </message>
    <message>
        <source>Language the interpreter is needed for</source>
        <translation>Yr iaith y mae angen cyfieithydd ar ei chyfer</translation>
    </message>
    <message>
        <source>The language, including British Sign Language</source>
        <translation>Yr iaith, gan gynnwys Iaith Arwyddion Prydain</translation>
    </message>
    <message>
        <source>Written information in:</source>
        <translation>Gwybodaeth ysgrifenedig ar ffurf:</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <source>&amp;Anything else that helps them take part (a hearing loop, a time of day, a trusted person):</source>
        <translation>&amp;Unrhyw beth arall sy&apos;n eu helpu i gymryd rhan (dolen glyw, adeg o&apos;r dydd, person y maen nhw&apos;n ymddiried ynddo):</translation>
    </message>
    <message>
        <source>Anything else that helps them take part</source>
        <translation>Unrhyw beth arall sy&apos;n eu helpu i gymryd rhan</translation>
    </message>
    <message>
        <source>Who is present and who contributed</source>
        <translation>Pwy sy&apos;n bresennol a phwy gyfrannodd</translation>
    </message>
    <message>
        <source>Who &amp;took part:</source>
        <translation>Pwy gy&amp;merodd ran:</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Pwy gymerodd ran</translation>
    </message>
    <message>
        <source>Choose someone with the arrow keys; their details follow the buttons.</source>
        <translation>Dewiswch rywun gyda&apos;r bysellau saeth; mae eu manylion yn dilyn y botymau.</translation>
    </message>
    <message>
        <source>No one recorded yet. Add the person themselves, and everyone present or consulted: family, an occupational therapist, health colleagues.</source>
        <translation>Nid oes neb wedi&apos;i gofnodi eto. Ychwanegwch y person ei hun, a phawb a oedd yn bresennol neu yr ymgynghorwyd â nhw: teulu, therapydd galwedigaethol, cydweithwyr iechyd.</translation>
    </message>
    <message>
        <source>Add &amp;someone</source>
        <translation>&amp;Ychwanegu rhywun</translation>
    </message>
    <message>
        <source>Add someone who took part</source>
        <translation>Ychwanegu rhywun a gymerodd ran</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen contributor</source>
        <translation>Tynnu&apos;r cyfrannwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <source>Contributor&apos;s name</source>
        <translation>Enw&apos;r cyfrannwr</translation>
    </message>
    <message>
        <source>Relationship or role:</source>
        <translation>Perthynas neu rôl:</translation>
    </message>
    <message>
        <source>Contributor&apos;s relationship or role</source>
        <translation>Perthynas neu rôl y cyfrannwr</translation>
    </message>
    <message>
        <source>For example: the person, daughter, occupational therapist</source>
        <translation>Er enghraifft: y person, merch, therapydd galwedigaethol</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>Contributor&apos;s organisation</source>
        <translation>Sefydliad y cyfrannwr</translation>
    </message>
    <message>
        <source>If any, for example: the community health team</source>
        <translation>Os oes un, er enghraifft: y tîm iechyd cymunedol</translation>
    </message>
    <message>
        <source>Present at the visit, not only consulted</source>
        <translation>Yn bresennol yn yr ymweliad, nid dim ond yr ymgynghorwyd â nhw</translation>
    </message>
    <message>
        <source>Contributor present at the visit</source>
        <translation>Cyfrannwr yn bresennol yn yr ymweliad</translation>
    </message>
    <message>
        <source>A &amp;joint assessment with health</source>
        <translation>&amp;Asesiad ar y cyd â&apos;r gwasanaeth iechyd</translation>
    </message>
    <message>
        <source>A joint assessment with health</source>
        <translation>Asesiad ar y cyd â&apos;r gwasanaeth iechyd</translation>
    </message>
    <message>
        <source>Care Act 2014 s12 and the Care and Support (Assessment) Regulations 2014 reg 7: a combined assessment where relevant</source>
        <translation>Care Act 2014 s12 a&apos;r Care and Support (Assessment) Regulations 2014 reg 7: asesiad cyfun lle bo&apos;n berthnasol</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Cydsyniad</translation>
    </message>
    <message>
        <source>C&amp;onsent to the assessment:</source>
        <translation>Cyd&amp;syniad i&apos;r asesiad:</translation>
    </message>
    <message>
        <source>Consent to the assessment given</source>
        <translation>Cydsyniad i&apos;r asesiad wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Mental Capacity Act 2005: capacity to consent is assumed unless shown otherwise</source>
        <translation>Mental Capacity Act 2005: rhagdybir bod galluedd i gydsynio oni ddangosir fel arall</translation>
    </message>
    <message>
        <source>What was agreed, and with whom information may be shared:</source>
        <translation>Beth a gytunwyd, a gyda phwy y caniateir rhannu gwybodaeth:</translation>
    </message>
    <message>
        <source>What was agreed about consent and sharing information</source>
        <translation>Beth a gytunwyd am gydsyniad a rhannu gwybodaeth</translation>
    </message>
    <message>
        <source>Supported self-assessment</source>
        <translation>Hunanasesiad â chymorth</translation>
    </message>
    <message>
        <source>Offered to the person:</source>
        <translation>Wedi&apos;i gynnig i&apos;r person:</translation>
    </message>
    <message>
        <source>Supported self-assessment offered</source>
        <translation>Hunanasesiad â chymorth wedi&apos;i gynnig</translation>
    </message>
    <message>
        <source>Care and Support (Assessment) Regulations 2014 reg 2: offered where the person wants it and has capacity</source>
        <translation>Care and Support (Assessment) Regulations 2014 reg 2: caiff ei gynnig pan fo&apos;r person yn dymuno hynny a bod ganddyn nhw alluedd</translation>
    </message>
    <message>
        <source>They would like one:</source>
        <translation>Maen nhw eisiau un:</translation>
    </message>
    <message>
        <source>The person wants a supported self-assessment</source>
        <translation>Mae&apos;r person eisiau hunanasesiad â chymorth</translation>
    </message>
    <message>
        <source>Notes on self-assessment:</source>
        <translation>Nodiadau ar hunanasesiad:</translation>
    </message>
    <message>
        <source>Notes on supported self-assessment</source>
        <translation>Nodiadau ar hunanasesiad â chymorth</translation>
    </message>
    <message>
        <source>Advocacy (Care Act 2014 s67)</source>
        <translation>Eiriolaeth (Care Act 2014 s67)</translation>
    </message>
    <message>
        <source>Would the person have substantial difficulty in any of these, in being involved in the assessment? (s67(4))</source>
        <translation>A fyddai&apos;r person yn cael anhawster sylweddol gydag unrhyw un o&apos;r rhain wrth gymryd rhan yn yr asesiad? (s67(4))</translation>
    </message>
    <message>
        <source>&amp;Understanding relevant information</source>
        <translation>Dea&amp;ll gwybodaeth berthnasol</translation>
    </message>
    <message>
        <source>Substantial difficulty understanding relevant information</source>
        <translation>Anhawster sylweddol i ddeall gwybodaeth berthnasol</translation>
    </message>
    <message>
        <source>Care Act 2014 s67(4)(a)</source>
        <translation>Care Act 2014 s67(4)(a)</translation>
    </message>
    <message>
        <source>&amp;Retaining that information</source>
        <translation>Cadw&apos;r wybodaeth &amp;honno</translation>
    </message>
    <message>
        <source>Substantial difficulty retaining that information</source>
        <translation>Anhawster sylweddol i gadw&apos;r wybodaeth honno</translation>
    </message>
    <message>
        <source>Care Act 2014 s67(4)(b)</source>
        <translation>Care Act 2014 s67(4)(b)</translation>
    </message>
    <message>
        <source>Using or &amp;weighing that information as part of being involved</source>
        <translation>Defnyddio neu &amp;bwyso a mesur y wybodaeth honno fel rhan o gymryd rhan</translation>
    </message>
    <message>
        <source>Substantial difficulty using or weighing that information</source>
        <translation>Anhawster sylweddol i ddefnyddio neu bwyso a mesur y wybodaeth honno</translation>
    </message>
    <message>
        <source>Care Act 2014 s67(4)(c)</source>
        <translation>Care Act 2014 s67(4)(c)</translation>
    </message>
    <message>
        <source>Communicating their &amp;views, wishes or feelings</source>
        <translation>Cy&amp;fleu eu barn, eu dymuniadau neu eu teimladau</translation>
    </message>
    <message>
        <source>Substantial difficulty communicating their views, wishes or feelings</source>
        <translation>Anhawster sylweddol i gyfleu eu barn, eu dymuniadau neu eu teimladau</translation>
    </message>
    <message>
        <source>Care Act 2014 s67(4)(d)</source>
        <translation>Care Act 2014 s67(4)(d)</translation>
    </message>
    <message>
        <source>Is there an appropriate person to support their involvement?</source>
        <translation>A oes person priodol i&apos;w cefnogi i gymryd rhan?</translation>
    </message>
    <message>
        <source>Is there an appropriate person to support their involvement</source>
        <translation>A oes person priodol i&apos;w cefnogi i gymryd rhan</translation>
    </message>
    <message>
        <source>Someone, not paid to care for them, who can and will support their involvement and whom they agree to (s67(5)).</source>
        <translation>Rhywun nad yw&apos;n cael ei dalu i ofalu amdanyn nhw, sy&apos;n gallu ac yn fodlon eu cefnogi i gymryd rhan, ac y maen nhw&apos;n cytuno iddo (s67(5)).</translation>
    </message>
    <message>
        <source>Care Act 2014 s67(5)</source>
        <translation>Care Act 2014 s67(5)</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>Eu henw:</translation>
    </message>
    <message>
        <source>Appropriate person&apos;s name</source>
        <translation>Enw&apos;r person priodol</translation>
    </message>
    <message>
        <source>An independent advocate is required</source>
        <translation>Mae angen eiriolwr annibynnol</translation>
    </message>
    <message>
        <source>Independent advocate prompt</source>
        <translation>Neges am eiriolwr annibynnol</translation>
    </message>
    <message>
        <source>Referral to an independent advocate made</source>
        <translation>Atgyfeiriad at eiriolwr annibynnol wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Advocate&apos;s name:</source>
        <translation>Enw&apos;r eiriolwr:</translation>
    </message>
    <message>
        <source>Independent advocate&apos;s name</source>
        <translation>Enw&apos;r eiriolwr annibynnol</translation>
    </message>
    <message>
        <source>Notes on advocacy:</source>
        <translation>Nodiadau ar eiriolaeth:</translation>
    </message>
    <message>
        <source>Notes on advocacy</source>
        <translation>Nodiadau ar eiriolaeth</translation>
    </message>
    <message>
        <source>Mental capacity for specific decisions</source>
        <translation>Galluedd meddyliol ar gyfer penderfyniadau penodol</translation>
    </message>
    <message>
        <source>Capacity is assumed unless it is shown otherwise, and it is about one decision at a time (Mental Capacity Act 2005 s1(2), s2). Record an assessment only for a specific decision.</source>
        <translation>Rhagdybir bod gan berson alluedd oni ddangosir fel arall, ac mae galluedd yn ymwneud ag un penderfyniad ar y tro (Mental Capacity Act 2005 s1(2), s2). Cofnodwch asesiad ar gyfer penderfyniad penodol yn unig.</translation>
    </message>
    <message>
        <source>D&amp;ecisions assessed:</source>
        <translation>&amp;Penderfyniadau a aseswyd:</translation>
    </message>
    <message>
        <source>Decisions assessed for capacity</source>
        <translation>Penderfyniadau yr aseswyd galluedd ar eu cyfer</translation>
    </message>
    <message>
        <source>Choose a decision with the arrow keys; its details follow the buttons.</source>
        <translation>Dewiswch benderfyniad gyda&apos;r bysellau saeth; mae ei fanylion yn dilyn y botymau.</translation>
    </message>
    <message>
        <source>No capacity assessment recorded: capacity is assumed.</source>
        <translation>Dim asesiad galluedd wedi&apos;i gofnodi: rhagdybir bod galluedd.</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Ychwanegu penderfyniad</translation>
    </message>
    <message>
        <source>Add a decision assessed for capacity</source>
        <translation>Ychwanegu penderfyniad yr aseswyd galluedd ar ei gyfer</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Tynnu penderfyniad</translation>
    </message>
    <message>
        <source>Remove the chosen capacity decision</source>
        <translation>Tynnu&apos;r penderfyniad galluedd a ddewiswyd</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Penderfyniad:</translation>
    </message>
    <message>
        <source>The specific decision</source>
        <translation>Y penderfyniad penodol</translation>
    </message>
    <message>
        <source>For example: whether to move into a care home</source>
        <translation>Er enghraifft: a ddylid symud i gartref gofal</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Canlyniad:</translation>
    </message>
    <message>
        <source>Capacity for this decision</source>
        <translation>Galluedd ar gyfer y penderfyniad hwn</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Dyddiad yr asesiad:</translation>
    </message>
    <message>
        <source>Date capacity was assessed</source>
        <translation>Y dyddiad yr aseswyd galluedd</translation>
    </message>
    <message>
        <source>Assessment date check</source>
        <translation>Gwiriad dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>Assessed by:</source>
        <translation>Aseswyd gan:</translation>
    </message>
    <message>
        <source>Capacity assessed by</source>
        <translation>Galluedd wedi&apos;i asesu gan</translation>
    </message>
    <message>
        <source>Notes: the two-stage test, the support given, any best-interests decision:</source>
        <translation>Nodiadau: y prawf dau gam, y cymorth a roddwyd, unrhyw benderfyniad er budd pennaf:</translation>
    </message>
    <message>
        <source>Notes on the capacity assessment</source>
        <translation>Nodiadau ar yr asesiad galluedd</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Back to the caseload (Ctrl+W). Everything is already saved.</source>
        <translation>Yn ôl i&apos;r llwyth achosion (Ctrl+W). Mae popeth wedi&apos;i gadw yn barod.</translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation>Yn ôl i&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Y cam presennol</translation>
    </message>
    <message>
        <source>Start a re&amp;view</source>
        <translation>Dechrau adol&amp;ygiad</translation>
    </message>
    <message>
        <source>Review this finalised plan with the person (Care Act 2014 s27). The review starts from the plan as it stands.</source>
        <translation>Adolygu&apos;r cynllun hwn sydd wedi&apos;i gwblhau gyda&apos;r person (Care Act 2014 s27). Mae&apos;r adolygiad yn dechrau o&apos;r cynllun fel y mae.</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Dechrau adolygiad</translation>
    </message>
    <message>
        <source>Starts a review of the finalised plan: what is working, each outcome, changes, eligibility again, and what the review concludes.</source>
        <translation>Yn dechrau adolygiad o&apos;r cynllun sydd wedi&apos;i gwblhau: beth sy&apos;n gweithio, pob canlyniad, newidiadau, cymhwysedd eto, a chasgliad yr adolygiad.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Steps of the assessment</source>
        <translation>Camau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Choose a step to go to it. Alt with a number jumps to a step from anywhere; Ctrl+Page Down and Ctrl+Page Up go to the next and previous step.</source>
        <translation>Dewiswch gam i fynd ato. Mae Alt gyda rhif yn neidio i gam o unrhyw le; mae Ctrl+Page Down a Ctrl+Page Up yn mynd i&apos;r cam nesaf a&apos;r cam blaenorol.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Checks (F8)</source>
        <translation>Gwiriadau (F8)</translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation>Gwiriadau ansawdd</translation>
    </message>
    <message>
        <source>What is still missing before the assessment can be finalised. Press Enter on a check to go to its step.</source>
        <translation>Beth sydd ar goll o hyd cyn y gellir cwblhau&apos;r asesiad. Pwyswch Enter ar wiriad i fynd i&apos;w gam.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Cam blaenorol</translation>
    </message>
    <message>
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Record your findings on the conditions only you can judge. Hearth proposes a determination from everything recorded and shows exactly why; you make the decision and write your rationale.</source>
        <translation>Cofnodwch eich canfyddiadau ar yr amodau na all neb ond chi eu barnu. Mae Hearth yn cynnig penderfyniad ar sail popeth a gofnodwyd ac yn dangos yn union pam; chi sy&apos;n gwneud y penderfyniad ac yn ysgrifennu eich rhesymeg.</translation>
    </message>
    <message>
        <source>Your findings</source>
        <translation>Eich canfyddiadau</translation>
    </message>
    <message>
        <source>(a) The needs arise from or are related to a physical or mental &amp;impairment or illness:</source>
        <translation>(a) Mae&apos;r anghenion yn codi o, neu&apos;n gysylltiedig â, &amp;nam neu salwch corfforol neu feddyliol:</translation>
    </message>
    <message>
        <source>Care and Support (Eligibility Criteria) Regulations 2015, reg 2(1)(a)</source>
        <translation>Care and Support (Eligibility Criteria) Regulations 2015, reg 2(1)(a)</translation>
    </message>
    <message>
        <source>Condition (a): the needs arise from an impairment or illness</source>
        <translation>Amod (a): mae&apos;r anghenion yn codi o nam neu salwch</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;Beth ydyw:</translation>
    </message>
    <message>
        <source>The impairment or illness</source>
        <translation>Y nam neu&apos;r salwch</translation>
    </message>
    <message>
        <source>For example: a stroke in January, with weakness on the left side</source>
        <translation>Er enghraifft: strôc ym mis Ionawr, gyda gwendid ar yr ochr chwith</translation>
    </message>
    <message>
        <source>(c) As a consequence there is, or is likely to be, a &amp;significant impact on wellbeing:</source>
        <translation>(c) O ganlyniad, mae, neu mae&apos;n debygol y bydd, effaith &amp;sylweddol ar lesiant:</translation>
    </message>
    <message>
        <source>Care and Support (Eligibility Criteria) Regulations 2015, reg 2(1)(c)</source>
        <translation>Care and Support (Eligibility Criteria) Regulations 2015, reg 2(1)(c)</translation>
    </message>
    <message>
        <source>Condition (c): significant impact on wellbeing</source>
        <translation>Amod (c): effaith sylweddol ar lesiant</translation>
    </message>
    <message>
        <source>Areas of wellbeing affected (Care Act 2014 s1(2))</source>
        <translation>Meysydd llesiant yr effeithir arnynt (Care Act 2014 s1(2))</translation>
    </message>
    <message>
        <source>Wh&amp;y the impact is significant:</source>
        <translation>&amp;Pam mae&apos;r effaith yn sylweddol:</translation>
    </message>
    <message>
        <source>Why the impact on wellbeing is significant</source>
        <translation>Pam mae&apos;r effaith ar lesiant yn sylweddol</translation>
    </message>
    <message>
        <source>What Hearth proposes</source>
        <translation>Beth mae Hearth yn ei gynnig</translation>
    </message>
    <message>
        <source>Eligibility proposal</source>
        <translation>Cynnig ar gymhwysedd</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Eich penderfyniad</translation>
    </message>
    <message>
        <source>The decision is yours. It may depart from the proposal: if it does, that is recorded, and your rationale is what makes it defensible.</source>
        <translation>Chi sy&apos;n penderfynu. Gall eich penderfyniad wyro oddi wrth y cynnig: os felly, caiff hynny ei gofnodi, a&apos;ch rhesymeg chi sy&apos;n ei wneud yn amddiffynadwy.</translation>
    </message>
    <message>
        <source>The needs are:</source>
        <translation>Yr anghenion:</translation>
    </message>
    <message>
        <source>&amp;Eligible</source>
        <translation>&amp;Cymwys</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Cymwys</translation>
    </message>
    <message>
        <source>&amp;Not eligible</source>
        <translation>&amp;Ddim yn gymwys</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ddim yn gymwys</translation>
    </message>
    <message>
        <source>Your r&amp;ationale (required):</source>
        <translation>Eich &amp;rhesymeg (gofynnol):</translation>
    </message>
    <message>
        <source>Rationale for the eligibility decision</source>
        <translation>Rhesymeg y penderfyniad ar gymhwysedd</translation>
    </message>
    <message>
        <source>Required. Why you decided as you did, in your own words.</source>
        <translation>Gofynnol. Pam y gwnaethoch benderfynu fel y gwnaethoch, yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>C&amp;ofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Decision status</source>
        <translation>Statws y penderfyniad</translation>
    </message>
    <message>
        <source>Departure from the proposal</source>
        <translation>Gwyro oddi wrth y cynnig</translation>
    </message>
    <message>
        <source>The proposal has changed since the decision</source>
        <translation>Mae&apos;r cynnig wedi newid ers y penderfyniad</translation>
    </message>
</context>
<context>
    <name>FinalisePage</name>
    <message>
        <source>The checks the office makes before a plan is finalised, run on everything recorded so far. A check marked “Must fix” blocks finalising; the others are worth a look. Choose a check and press Enter to go to the step where it is fixed.</source>
        <translation>Y gwiriadau y mae&apos;r swyddfa&apos;n eu gwneud cyn cwblhau cynllun, wedi&apos;u rhedeg ar bopeth a gofnodwyd hyd yma. Mae gwiriad sydd wedi&apos;i farcio “Rhaid trwsio” yn rhwystro cwblhau; mae&apos;n werth edrych ar y lleill. Dewiswch wiriad a phwyswch Enter i fynd i&apos;r cam lle mae modd ei drwsio.</translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation>Gwiriadau ansawdd</translation>
    </message>
    <message>
        <source>&amp;What is still missing, the checks that block first:</source>
        <translation>&amp;Beth sydd ar goll o hyd, gyda&apos;r gwiriadau sy&apos;n rhwystro yn gyntaf:</translation>
    </message>
    <message>
        <source>Press Enter on a check to go to its step.</source>
        <translation>Pwyswch Enter ar wiriad i fynd i&apos;w gam.</translation>
    </message>
    <message>
        <source>&amp;Go to its step</source>
        <translation>Mynd i&apos;w &amp;gam</translation>
    </message>
    <message>
        <source>Go to the step of the chosen check</source>
        <translation>Mynd i gam y gwiriad a ddewiswyd</translation>
    </message>
    <message>
        <source>How many checks</source>
        <translation>Faint o wiriadau</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Cwblhau</translation>
    </message>
    <message>
        <source>Whether the assessment can be finalised</source>
        <translation>A oes modd cwblhau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Fi&amp;nalise the assessment…</source>
        <translation>&amp;Cwblhau&apos;r asesiad…</translation>
    </message>
    <message>
        <source>Finalise the assessment</source>
        <translation>Cwblhau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Asks first. A finalised assessment is read-only; a later change starts a new version.</source>
        <translation>Yn gofyn yn gyntaf. Mae asesiad wedi&apos;i gwblhau yn ddarllen yn unig; bydd newid diweddarach yn dechrau fersiwn newydd.</translation>
    </message>
    <message>
        <source>Start a new &amp;version</source>
        <translation>Dechrau &amp;fersiwn newydd</translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation>Dechrau fersiwn newydd</translation>
    </message>
    <message>
        <source>A new draft of the assessment to carry on from; the finalised one is kept as it is.</source>
        <translation>Drafft newydd o&apos;r asesiad i barhau ohono; caiff yr un a gwblhawyd ei gadw fel y mae.</translation>
    </message>
    <message>
        <source>Shared with the person</source>
        <translation>Wedi&apos;i rannu â&apos;r person</translation>
    </message>
    <message>
        <source>Whether the draft was shared with the person</source>
        <translation>A gafodd y drafft ei rannu â&apos;r person</translation>
    </message>
    <message>
        <source>&amp;Mark the draft as shared…</source>
        <translation>&amp;Nodi bod y drafft wedi&apos;i rannu…</translation>
    </message>
    <message>
        <source>Mark the draft as shared with the person</source>
        <translation>Nodi bod y drafft wedi&apos;i rannu â&apos;r person</translation>
    </message>
    <message>
        <source>Records today as the day it was shared; then say how, and what the person thinks of it. The draft can still be changed and finalised.</source>
        <translation>Yn cofnodi heddiw fel y diwrnod y cafodd ei rannu; yna dywedwch sut, a beth mae&apos;r person yn ei feddwl ohono. Mae modd newid a chwblhau&apos;r drafft o hyd.</translation>
    </message>
    <message>
        <source>&amp;Date shared:</source>
        <translation>&amp;Dyddiad ei rannu:</translation>
    </message>
    <message>
        <source>Date the draft was shared</source>
        <translation>Y dyddiad y rhannwyd y drafft</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>How it was &amp;shared:</source>
        <translation>Sut y cafodd ei &amp;rannu:</translation>
    </message>
    <message>
        <source>How the draft was shared</source>
        <translation>Sut y rhannwyd y drafft</translation>
    </message>
    <message>
        <source>Choose a suggestion with the arrow keys, or write how, for example: emailed to her son.</source>
        <translation>Dewiswch awgrym gyda&apos;r bysellau saeth, neu ysgrifennwch sut, er enghraifft: wedi&apos;i e-bostio at ei mab.</translation>
    </message>
    <message>
        <source>&amp;Their comments on the draft, in their own words:</source>
        <translation>&amp;Sylwadau ar y drafft, yn eu geiriau eu hunain:</translation>
    </message>
    <message>
        <source>The person&apos;s comments on the draft, in their own words</source>
        <translation>Sylwadau&apos;r person ar y drafft, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>Do they &amp;agree with it?</source>
        <translation>&amp;A yw&apos;r person yn cytuno ag ef?</translation>
    </message>
    <message>
        <source>Does the person agree with the plan</source>
        <translation>A yw&apos;r person yn cytuno â&apos;r cynllun</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Hearth</source>
        <translation>Gosod Hearth</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Croeso i Hearth</translation>
    </message>
    <message>
        <source>Hearth keeps your caseload encrypted on this laptop. Enter your name and choose a passphrase of at least 10 characters: a few unrelated words work well. You will type it each time you open Hearth.</source>
        <translation>Mae Hearth yn cadw eich llwyth achosion wedi&apos;i amgryptio ar y gliniadur hwn. Rhowch eich enw a dewiswch gyfrinymadrodd o 10 nod o leiaf: mae ychydig o eiriau digyswllt yn gweithio&apos;n dda. Byddwch yn ei deipio bob tro y byddwch yn agor Hearth.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your name as a practitioner. It is recorded with every change you make.</source>
        <translation>Eich enw fel ymarferydd. Caiff ei gofnodi gyda phob newid a wnewch.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>At least 10 characters. A few unrelated words work well.</source>
        <translation>O leiaf 10 nod. Mae ychydig o eiriau digyswllt yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>C&amp;adarnhau&apos;r cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Cadarnhau&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Teipiwch yr un cyfrinymadrodd eto.</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Cryfder:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>Dang&amp;os y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Shows the passphrase as you type it. Check no one can see your screen.</source>
        <translation>Yn dangos y cyfrinymadrodd wrth i chi ei deipio. Gwnewch yn siŵr na all neb weld eich sgrin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Your caseload</source>
        <translation>Eich llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Ch&amp;wilio:</translation>
    </message>
    <message>
        <source>Search by name, NHS number or postcode</source>
        <translation>Chwilio yn ôl enw, rhif GIG neu god post</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Chwilio&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Search by name, NHS number or postcode. The list below updates as you type. Press Down to move to the list.</source>
        <translation>Chwilio yn ôl enw, rhif GIG neu god post. Mae&apos;r rhestr isod yn diweddaru wrth i chi deipio. Pwyswch y saeth i lawr i symud i&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>The people on your caseload. Press Enter to open the selected person.</source>
        <translation>Y bobl ar eich llwyth achosion. Pwyswch Enter i agor y person a ddewiswyd.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Print the &amp;plan…</source>
        <translation>Argraffu&apos;r &amp;cynllun…</translation>
    </message>
    <message>
        <source>Preview the care and support plan, then save it as a PDF or print it</source>
        <translation>Gweld rhagolwg o&apos;r cynllun gofal a chymorth, yna ei gadw fel PDF neu ei argraffu</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the &amp;easy read…</source>
        <translation>Argraffu&apos;r cynllun &amp;hawdd ei ddeall…</translation>
    </message>
    <message>
        <source>Check your words, preview the easy read for the person, then save it as a PDF or print it</source>
        <translation>Gwirio&apos;ch geiriau, gweld rhagolwg o&apos;r cynllun hawdd ei ddeall i&apos;r person, yna ei gadw fel PDF neu ei argraffu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>G&amp;osodiadau…</translation>
    </message>
    <message>
        <source>The review intervals and the council&apos;s Resource Allocation System table</source>
        <translation>Y cyfnodau rhwng adolygiadau a thabl System Dyrannu Adnoddau y cyngor</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Chwilio…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>&amp;Ynglŷn â Hearth</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Go through each outcome with the person. Record what they are unable to achieve as things are today, including anything a carer does for them now: that support is ignored when eligibility is determined and taken into account later, in planning.</source>
        <translation>Ewch drwy bob canlyniad gyda&apos;r person. Cofnodwch yr hyn y maen nhw&apos;n methu â&apos;i gyflawni fel y mae pethau heddiw, gan gynnwys unrhyw beth y mae gofalwr yn ei wneud drostyn nhw nawr: ni chaiff y cymorth hwnnw ei ystyried wrth benderfynu ar gymhwysedd, ond caiff ei ystyried yn nes ymlaen, wrth gynllunio.</translation>
    </message>
    <message>
        <source>Specified outcomes</source>
        <translation>Canlyniadau penodedig</translation>
    </message>
    <message>
        <source>The carer&apos;s physical or mental &amp;health:</source>
        <translation>&amp;Iechyd corfforol neu feddyliol y gofalwr:</translation>
    </message>
    <message>
        <source>Care and Support (Eligibility Criteria) Regulations 2015, reg 3(2)(a)</source>
        <translation>Care and Support (Eligibility Criteria) Regulations 2015, reg 3(2)(a)</translation>
    </message>
    <message>
        <source>The carer&apos;s physical or mental health</source>
        <translation>Iechyd corfforol neu feddyliol y gofalwr</translation>
    </message>
    <message>
        <source>What you saw and heard a&amp;bout the carer&apos;s health:</source>
        <translation>&amp;Yr hyn a welsoch ac a glywsoch am iechyd y gofalwr:</translation>
    </message>
    <message>
        <source>Evidence about the carer&apos;s health</source>
        <translation>Tystiolaeth am iechyd y gofalwr</translation>
    </message>
    <message>
        <source>&amp;Outcomes:</source>
        <translation>&amp;Canlyniadau:</translation>
    </message>
    <message>
        <source>Choose an outcome with the arrow keys; its details follow the list.</source>
        <translation>Dewiswch ganlyniad gyda&apos;r bysellau saeth; mae ei fanylion yn dilyn y rhestr.</translation>
    </message>
    <message>
        <source>Not assessed &amp;yet</source>
        <translation>Heb ei asesu &amp;eto</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Heb ei asesu eto</translation>
    </message>
    <message>
        <source>&amp;Achievable</source>
        <translation>&amp;Gellir ei gyflawni</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Gellir ei gyflawni</translation>
    </message>
    <message>
        <source>&amp;Unable to achieve</source>
        <translation>&amp;Methu â chyflawni</translation>
    </message>
    <message>
        <source>Unable to achieve</source>
        <translation>Methu â chyflawni</translation>
    </message>
    <message>
        <source>How the person is unable to achieve it</source>
        <translation>Sut mae&apos;r person yn methu â&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Unable without assistance</source>
        <translation>Methu heb gymorth</translation>
    </message>
    <message>
        <source>Significant pain, distress or anxiety</source>
        <translation>Poen, gofid neu bryder sylweddol</translation>
    </message>
    <message>
        <source>Endangers health or safety</source>
        <translation>Yn peryglu iechyd neu ddiogelwch</translation>
    </message>
    <message>
        <source>Takes significantly longer</source>
        <translation>Yn cymryd yn sylweddol hirach</translation>
    </message>
    <message>
        <source>On bad days</source>
        <translation>Ar ddiwrnodau gwael</translation>
    </message>
    <message>
        <source>On bad days: unable without assistance</source>
        <translation>Ar ddiwrnodau gwael: methu heb gymorth</translation>
    </message>
    <message>
        <source>On bad days: significant pain, distress or anxiety</source>
        <translation>Ar ddiwrnodau gwael: poen, gofid neu bryder sylweddol</translation>
    </message>
    <message>
        <source>On bad days: endangers health or safety</source>
        <translation>Ar ddiwrnodau gwael: yn peryglu iechyd neu ddiogelwch</translation>
    </message>
    <message>
        <source>On bad days: takes significantly longer</source>
        <translation>Ar ddiwrnodau gwael: yn cymryd yn sylweddol hirach</translation>
    </message>
    <message>
        <source>&amp;Evidence: what you saw, and what the person and others told you:</source>
        <translation>&amp;Tystiolaeth: yr hyn a welsoch, a&apos;r hyn a ddywedodd y person ac eraill wrthych:</translation>
    </message>
    <message>
        <source>Evidence for this outcome</source>
        <translation>Tystiolaeth ar gyfer y canlyniad hwn</translation>
    </message>
    <message>
        <source>On a &amp;good day:</source>
        <translation>Ar ddiwrnod &amp;da:</translation>
    </message>
    <message>
        <source>This outcome on a good day</source>
        <translation>Y canlyniad hwn ar ddiwrnod da</translation>
    </message>
    <message>
        <source>On a &amp;bad day:</source>
        <translation>Ar ddiwrnod g&amp;wael:</translation>
    </message>
    <message>
        <source>This outcome on a bad day</source>
        <translation>Y canlyniad hwn ar ddiwrnod gwael</translation>
    </message>
    <message>
        <source>Support a carer gives &amp;now, if any (ignored when determining eligibility, used in planning):</source>
        <translation>Cymorth y mae gofalwr yn ei roi &amp;nawr, os o gwbl (ni chaiff ei ystyried wrth benderfynu ar gymhwysedd; caiff ei ddefnyddio wrth gynllunio):</translation>
    </message>
    <message>
        <source>Support a carer gives now with this outcome</source>
        <translation>Cymorth y mae gofalwr yn ei roi nawr gyda&apos;r canlyniad hwn</translation>
    </message>
    <message>
        <source>Ignored when determining eligibility; taken into account in planning.</source>
        <translation>Ni chaiff ei ystyried wrth benderfynu ar gymhwysedd; caiff ei ystyried wrth gynllunio.</translation>
    </message>
    <message>
        <source>Fluctuating needs</source>
        <translation>Anghenion sy&apos;n amrywio</translation>
    </message>
    <message>
        <source>The person&apos;s needs &amp;fluctuate: there are good days and bad days</source>
        <translation>Mae anghenion y person yn &amp;amrywio: mae diwrnodau da a diwrnodau gwael</translation>
    </message>
    <message>
        <source>The needs fluctuate</source>
        <translation>Mae&apos;r anghenion yn amrywio</translation>
    </message>
    <message>
        <source>When ticked, each outcome also records a good day, a bad day and how the person is unable to achieve it on bad days.</source>
        <translation>Pan gaiff ei dicio, mae pob canlyniad hefyd yn cofnodi diwrnod da, diwrnod gwael a sut mae&apos;r person yn methu â&apos;i gyflawni ar ddiwrnodau gwael.</translation>
    </message>
    <message>
        <source>&amp;Period considered, long enough to establish the level of need:</source>
        <translation>Y cyfnod a ystyriwyd, sy&apos;n ddigon hir i &amp;bennu lefel yr angen:</translation>
    </message>
    <message>
        <source>Period considered</source>
        <translation>Y cyfnod a ystyriwyd</translation>
    </message>
    <message>
        <source>For example: the last three months, with her diary of bad days</source>
        <translation>Er enghraifft: y tri mis diwethaf, gyda&apos;i dyddiadur o ddiwrnodau gwael</translation>
    </message>
    <message>
        <source>Ho&amp;w the needs fluctuate: what good days and bad days are like, and how often:</source>
        <translation>&amp;Sut mae&apos;r anghenion yn amrywio: sut beth yw&apos;r diwrnodau da a&apos;r diwrnodau gwael, a pha mor aml:</translation>
    </message>
    <message>
        <source>How the needs fluctuate</source>
        <translation>Sut mae&apos;r anghenion yn amrywio</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Needs &amp;identified:</source>
        <translation>Anghenion a n&amp;odwyd:</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Anghenion a nodwyd</translation>
    </message>
    <message>
        <source>Choose a need with the arrow keys; its details follow the buttons.</source>
        <translation>Dewiswch angen gyda&apos;r bysellau saeth; mae ei fanylion yn dilyn y botymau.</translation>
    </message>
    <message>
        <source>No needs recorded yet. Add one for each thing the person needs help with, in words they would recognise.</source>
        <translation>Dim anghenion wedi&apos;u cofnodi eto. Ychwanegwch un ar gyfer pob peth y mae angen help ar y person gydag ef, mewn geiriau y bydden nhw&apos;n eu hadnabod.</translation>
    </message>
    <message>
        <source>Add nee&amp;d</source>
        <translation>Yc&amp;hwanegu angen</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ychwanegu angen</translation>
    </message>
    <message>
        <source>Remo&amp;ve need</source>
        <translation>Tynn&amp;u angen</translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation>Tynnu angen</translation>
    </message>
    <message>
        <source>De&amp;scription of the need:</source>
        <translation>Disg&amp;rifiad o&apos;r angen:</translation>
    </message>
    <message>
        <source>Description of the need</source>
        <translation>Disgrifiad o&apos;r angen</translation>
    </message>
    <message>
        <source>Ou&amp;tcomes it affects (Space ticks):</source>
        <translation>Canlyniadau y mae&apos;n e&amp;ffeithio arnynt (Bylchwr i dicio):</translation>
    </message>
    <message>
        <source>Outcomes the need affects</source>
        <translation>Canlyniadau y mae&apos;r angen yn effeithio arnynt</translation>
    </message>
    <message>
        <source>Move with the arrow keys; Space ticks or unticks an outcome.</source>
        <translation>Symudwch gyda&apos;r bysellau saeth; mae Bylchwr yn ticio neu&apos;n dad-dicio canlyniad.</translation>
    </message>
    <message>
        <source>Wellbeing a&amp;reas it affects (Space ticks):</source>
        <translation>Meysydd &amp;llesiant y mae&apos;n effeithio arnynt (Bylchwr i dicio):</translation>
    </message>
    <message>
        <source>Areas of wellbeing the need affects</source>
        <translation>Meysydd llesiant y mae&apos;r angen yn effeithio arnynt</translation>
    </message>
    <message>
        <source>Move with the arrow keys; Space ticks or unticks an area.</source>
        <translation>Symudwch gyda&apos;r bysellau saeth; mae Bylchwr yn ticio neu&apos;n dad-dicio maes.</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>The passphrase is not right for this office key.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn gywir ar gyfer yr allwedd swyddfa hon.</translation>
    </message>
    <message>
        <source>The office&apos;s private key %1 is missing. Make the office keys with &apos;hearth-office keygen&apos;, or point --keys at the folder that holds them.</source>
        <translation>Mae allwedd breifat y swyddfa, %1, ar goll. Crëwch allweddi&apos;r swyddfa gyda &apos;hearth-office keygen&apos;, neu pwyntiwch --keys at y ffolder sy&apos;n eu dal.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>weak</source>
        <translation>gwan</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>gweddol</translation>
    </message>
    <message>
        <source>good</source>
        <translation>da</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>cryf</translation>
    </message>
</context>
<context>
    <name>PlainLanguageDialog</name>
    <message>
        <source>Before printing the easy read</source>
        <translation>Cyn argraffu&apos;r fersiwn hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Some of your words may be hard to read</source>
        <translation>Efallai fod rhai o&apos;ch geiriau&apos;n anodd eu darllen</translation>
    </message>
    <message>
        <source>&amp;What to look at:</source>
        <translation>&amp;Beth i edrych arno:</translation>
    </message>
    <message>
        <source>Words that may be hard to read</source>
        <translation>Geiriau a allai fod yn anodd eu darllen</translation>
    </message>
    <message>
        <source>Each row is one problem and the step where it is written. Press Enter to go to that step.</source>
        <translation>Mae pob rhes yn un broblem a&apos;r cam lle mae wedi&apos;i hysgrifennu. Pwyswch Enter i fynd i&apos;r cam hwnnw.</translation>
    </message>
    <message>
        <source>&amp;Go to the step</source>
        <translation>Mynd i&apos;r &amp;cam</translation>
    </message>
    <message>
        <source>Go to the step</source>
        <translation>Mynd i&apos;r cam</translation>
    </message>
    <message>
        <source>Closes this and shows the step where the chosen words are written, to change them.</source>
        <translation>Yn cau hwn ac yn dangos y cam lle mae&apos;r geiriau a ddewiswyd wedi&apos;u hysgrifennu, er mwyn i chi eu newid.</translation>
    </message>
    <message>
        <source>&amp;Print anyway</source>
        <translation>&amp;Argraffu beth bynnag</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Argraffu beth bynnag</translation>
    </message>
    <message>
        <source>Makes the easy read with the words as they are.</source>
        <translation>Yn creu&apos;r fersiwn hawdd ei ddeall gyda&apos;r geiriau fel y maent.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>The care and support plan (Care Act 2014 s25). What the assessment found is shown first; write the rest with the person. Filling from the assessment only fills what is still empty: it never replaces your words.</source>
        <translation>Y cynllun gofal a chymorth (Care Act 2014 s25). Dangosir yr hyn a ganfu&apos;r asesiad yn gyntaf; ysgrifennwch y gweddill gyda&apos;r person. Mae llenwi o&apos;r asesiad yn llenwi&apos;r hyn sy&apos;n dal yn wag yn unig: nid yw byth yn disodli eich geiriau chi.</translation>
    </message>
    <message>
        <source>Fi&amp;ll from the assessment</source>
        <translation>&amp;Llenwi o&apos;r asesiad</translation>
    </message>
    <message>
        <source>Fill from the assessment</source>
        <translation>Llenwi o&apos;r asesiad</translation>
    </message>
    <message>
        <source>Fills the empty parts of the plan from the assessment. Nothing you have written is replaced.</source>
        <translation>Yn llenwi rhannau gwag y cynllun o&apos;r asesiad. Ni chaiff dim a ysgrifennwyd gennych ei ddisodli.</translation>
    </message>
    <message>
        <source>Fill status</source>
        <translation>Statws llenwi</translation>
    </message>
    <message>
        <source>From the assessment</source>
        <translation>O&apos;r asesiad</translation>
    </message>
    <message>
        <source>Needs from the assessment</source>
        <translation>Anghenion o&apos;r asesiad</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>&amp;Outcomes the person wants, in their words:</source>
        <translation>&amp;Canlyniadau y mae&apos;r person eu heisiau, yn ei eiriau ei hun:</translation>
    </message>
    <message>
        <source>The outcomes the person wants (Care Act 2014 s25(1)(b)).</source>
        <translation>Y canlyniadau y mae&apos;r person eu heisiau (Care Act 2014 s25(1)(b)).</translation>
    </message>
    <message>
        <source>Outcomes the person wants</source>
        <translation>Canlyniadau y mae&apos;r person eu heisiau</translation>
    </message>
    <message>
        <source>&amp;Information and advice given, to reduce needs and to prevent or delay future needs:</source>
        <translation>&amp;Gwybodaeth a chyngor a roddwyd, i leihau anghenion ac i atal neu ohirio anghenion yn y dyfodol:</translation>
    </message>
    <message>
        <source>Care Act 2014 s25(1)(d).</source>
        <translation>Care Act 2014 s25(1)(d).</translation>
    </message>
    <message>
        <source>Information and advice given</source>
        <translation>Gwybodaeth a chyngor a roddwyd</translation>
    </message>
    <message>
        <source>Advice for needs that are not eligi&amp;ble, on meeting or reducing them:</source>
        <translation>Cyngor ar anghenion nad ydynt yn gy&amp;mwys, ar sut i&apos;w diwallu neu eu lleihau:</translation>
    </message>
    <message>
        <source>Care Act 2014 s13(5): for every need found not eligible, information and advice on what can be done to meet or reduce it.</source>
        <translation>Care Act 2014 s13(5): ar gyfer pob angen y canfuwyd nad yw&apos;n gymwys, gwybodaeth a chyngor ar beth y gellir ei wneud i&apos;w ddiwallu neu i&apos;w leihau.</translation>
    </message>
    <message>
        <source>Advice for needs that are not eligible</source>
        <translation>Cyngor ar anghenion nad ydynt yn gymwys</translation>
    </message>
    <message>
        <source>How the &amp;unmet eligible needs will be met:</source>
        <translation>&amp;Sut y bydd yr anghenion cymwys sydd heb eu diwallu yn cael eu diwallu:</translation>
    </message>
    <message>
        <source>Care Act 2014 s25(1)(e).</source>
        <translation>Care Act 2014 s25(1)(e).</translation>
    </message>
    <message>
        <source>How the unmet eligible needs will be met</source>
        <translation>Sut y bydd yr anghenion cymwys sydd heb eu diwallu yn cael eu diwallu</translation>
    </message>
    <message>
        <source>What is important &amp;to the person:</source>
        <translation>&amp;Beth sy&apos;n bwysig i&apos;r person:</translation>
    </message>
    <message>
        <source>What is important to the person</source>
        <translation>Beth sy&apos;n bwysig i&apos;r person</translation>
    </message>
    <message>
        <source>What is important fo&amp;r the person:</source>
        <translation>Beth sy&apos;n bwysig ar gyf&amp;er y person:</translation>
    </message>
    <message>
        <source>What is important for the person</source>
        <translation>Beth sy&apos;n bwysig ar gyfer y person</translation>
    </message>
    <message>
        <source>How ris&amp;ks will be managed:</source>
        <translation>Sut y bydd r&amp;isgiau&apos;n cael eu rheoli:</translation>
    </message>
    <message>
        <source>How risks will be managed</source>
        <translation>Sut y bydd risgiau&apos;n cael eu rheoli</translation>
    </message>
    <message>
        <source>Contin&amp;gency plan: what happens if things go wrong:</source>
        <translation>Cynllun &amp;wrth gefn: beth sy&apos;n digwydd os aiff pethau o chwith:</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>Cynllun wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Decisions and control: how the person makes decisions and stays in control:</source>
        <translation>&amp;Penderfyniadau a rheolaeth: sut mae&apos;r person yn gwneud penderfyniadau ac yn cadw rheolaeth:</translation>
    </message>
    <message>
        <source>Decisions and control</source>
        <translation>Penderfyniadau a rheolaeth</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Cyllideb bersonol</translation>
    </message>
    <message>
        <source>An indicative budget is a starting point for planning how the needs will be met, not a decision (Care Act 2014 s26). It comes from the council&apos;s Resource Allocation System (RAS) table. The confirmed personal budget is entered separately, below.</source>
        <translation>Man cychwyn ar gyfer cynllunio sut y bydd yr anghenion yn cael eu diwallu yw cyllideb ddangosol, nid penderfyniad (Care Act 2014 s26). Daw o dabl System Dyrannu Adnoddau (RAS) y cyngor. Caiff y gyllideb bersonol a gadarnhawyd ei nodi ar wahân, isod.</translation>
    </message>
    <message>
        <source>The RAS table in use</source>
        <translation>Y tabl RAS sy&apos;n cael ei ddefnyddio</translation>
    </message>
    <message>
        <source>Calculate the i&amp;ndicative budget</source>
        <translation>Cyfrifo&apos;r gyllideb &amp;ddangosol</translation>
    </message>
    <message>
        <source>Calculate the indicative budget</source>
        <translation>Cyfrifo&apos;r gyllideb ddangosol</translation>
    </message>
    <message>
        <source>Works out the indicative budget from the assessment with the council&apos;s RAS table, stores it with the plan and records it in the audit log.</source>
        <translation>Yn cyfrifo&apos;r gyllideb ddangosol o&apos;r asesiad gyda thabl RAS y cyngor, yn ei chadw gyda&apos;r cynllun ac yn ei chofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <source>Budget message</source>
        <translation>Neges y gyllideb</translation>
    </message>
    <message>
        <source>Illustrative figures only: this amount comes from the example table Hearth ships, not from a council&apos;s own. Do not rely on it or share it as a budget.</source>
        <translation>Ffigurau enghreifftiol yn unig: daw&apos;r swm hwn o&apos;r tabl enghreifftiol sy&apos;n dod gyda Hearth, nid o dabl cyngor ei hun. Peidiwch â dibynnu arno na&apos;i rannu fel cyllideb.</translation>
    </message>
    <message>
        <source>Illustrative figures only</source>
        <translation>Ffigurau enghreifftiol yn unig</translation>
    </message>
    <message>
        <source>Indicative budget</source>
        <translation>Cyllideb ddangosol</translation>
    </message>
    <message>
        <source>How the indicative budget was worked out</source>
        <translation>Sut y cyfrifwyd y gyllideb ddangosol</translation>
    </message>
    <message>
        <source>Confirmed personal budget a week (£):</source>
        <translation>Cyllideb bersonol wedi&apos;i chadarnhau yr wythnos (£):</translation>
    </message>
    <message>
        <source>Care Act 2014 s26: the amount the council has confirmed, once it is decided.</source>
        <translation>Care Act 2014 s26: y swm y mae&apos;r cyngor wedi&apos;i gadarnhau, unwaith y caiff ei benderfynu.</translation>
    </message>
    <message>
        <source>Confirmed personal budget a week, in pounds</source>
        <translation>Cyllideb bersonol wedi&apos;i chadarnhau yr wythnos, mewn punnoedd</translation>
    </message>
    <message>
        <source>Pounds and pence, like 174.50. Stored when you leave the field; leave it empty until the budget is confirmed.</source>
        <translation>Punnoedd a cheiniogau, fel 174.50. Caiff ei chadw pan fyddwch yn gadael y maes; gadewch y maes yn wag nes bydd y gyllideb wedi&apos;i chadarnhau.</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Heb ei chadarnhau eto</translation>
    </message>
    <message>
        <source>Confirmed budget message</source>
        <translation>Neges y gyllideb a gadarnhawyd</translation>
    </message>
    <message>
        <source>Paid as a direct payment</source>
        <translation>Telir fel taliad uniongyrchol</translation>
    </message>
    <message>
        <source>Care Act 2014 s31 to s33: the person receives the money and arranges their own support.</source>
        <translation>Care Act 2014 s31 i s33: mae&apos;r person yn cael yr arian ac yn trefnu ei gymorth ei hun.</translation>
    </message>
    <message>
        <source>Direct payment amount (£):</source>
        <translation>Swm y taliad uniongyrchol (£):</translation>
    </message>
    <message>
        <source>Direct payment amount, in pounds</source>
        <translation>Swm y taliad uniongyrchol, mewn punnoedd</translation>
    </message>
    <message>
        <source>Pounds and pence, like 648.00, paid as often as chosen below. Stored when you leave the field.</source>
        <translation>Punnoedd a cheiniogau, fel 648.00, a delir mor aml ag a ddewisir isod. Caiff ei gadw pan fyddwch yn gadael y maes.</translation>
    </message>
    <message>
        <source>Direct payment amount message</source>
        <translation>Neges swm y taliad uniongyrchol</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Telir:</translation>
    </message>
    <message>
        <source>How often the direct payment is paid</source>
        <translation>Pa mor aml y telir y taliad uniongyrchol</translation>
    </message>
    <message>
        <source>The needs it covers:</source>
        <translation>Yr anghenion y mae&apos;n eu cwmpasu:</translation>
    </message>
    <message>
        <source>Care Act 2014 s25(1)(f): the needs the direct payment is to meet.</source>
        <translation>Care Act 2014 s25(1)(f): yr anghenion y mae&apos;r taliad uniongyrchol i&apos;w diwallu.</translation>
    </message>
    <message>
        <source>The needs the direct payment covers</source>
        <translation>Yr anghenion y mae&apos;r taliad uniongyrchol yn eu cwmpasu</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>An informal review at about 72 hours where appropriate; the first formal review within 6 to 8 weeks; then at least every 12 months, and sooner on any change or request.</source>
        <translation>Adolygiad anffurfiol ar ôl tua 72 awr lle bo&apos;n briodol; yr adolygiad ffurfiol cyntaf o fewn 6 i 8 wythnos; yna o leiaf bob 12 mis, ac yn gynt os bydd unrhyw newid neu gais.</translation>
    </message>
    <message>
        <source>An infor&amp;mal review at about 72 hours is appropriate</source>
        <translation>Mae adolygiad anffurfiol ar ôl &amp;tua 72 awr yn briodol</translation>
    </message>
    <message>
        <source>An informal review at about 72 hours is appropriate</source>
        <translation>Mae adolygiad anffurfiol ar ôl tua 72 awr yn briodol</translation>
    </message>
    <message>
        <source>Informal revie&amp;w on:</source>
        <translation>&amp;Adolygiad anffurfiol ar:</translation>
    </message>
    <message>
        <source>Informal review date</source>
        <translation>Dyddiad yr adolygiad anffurfiol</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>First formal re&amp;view on:</source>
        <translation>Adolygiad ff&amp;urfiol cyntaf ar:</translation>
    </message>
    <message>
        <source>First formal review date</source>
        <translation>Dyddiad yr adolygiad ffurfiol cyntaf</translation>
    </message>
    <message>
        <source>Within 6 to 8 weeks of the plan being agreed.</source>
        <translation>O fewn 6 i 8 wythnos i gytuno ar y cynllun.</translation>
    </message>
    <message>
        <source>Annual revi&amp;ew on:</source>
        <translation>Adolygiad bly&amp;nyddol ar:</translation>
    </message>
    <message>
        <source>Annual review date</source>
        <translation>Dyddiad yr adolygiad blynyddol</translation>
    </message>
    <message>
        <source>At least every 12 months.</source>
        <translation>O leiaf bob 12 mis.</translation>
    </message>
    <message>
        <source>Set the u&amp;sual dates</source>
        <translation>G&amp;osod y dyddiadau arferol</translation>
    </message>
    <message>
        <source>Set the usual dates</source>
        <translation>Gosod y dyddiadau arferol</translation>
    </message>
    <message>
        <source>Sets the review dates from today with the intervals in Settings: the informal review if ticked, the first formal review and the annual review.</source>
        <translation>Yn gosod dyddiadau&apos;r adolygiadau o heddiw gyda&apos;r cyfnodau yn y Gosodiadau: yr adolygiad anffurfiol os yw wedi&apos;i dicio, yr adolygiad ffurfiol cyntaf a&apos;r adolygiad blynyddol.</translation>
    </message>
    <message>
        <source>Who contributed</source>
        <translation>Pwy gyfrannodd</translation>
    </message>
    <message>
        <source>Preview the &amp;plan…</source>
        <translation>&amp;Rhagolwg o&apos;r cynllun…</translation>
    </message>
    <message>
        <source>Preview the plan</source>
        <translation>Rhagolwg o&apos;r cynllun</translation>
    </message>
    <message>
        <source>Shows the care and support plan as it will print, to save as a PDF or print. Ctrl+P.</source>
        <translation>Yn dangos y cynllun gofal a chymorth fel y bydd yn cael ei argraffu, i&apos;w gadw fel PDF neu i&apos;w argraffu. Ctrl+P.</translation>
    </message>
    <message>
        <source>Preview the e&amp;asy read…</source>
        <translation>Rhagolwg o&apos;r cynllun &amp;hawdd ei ddeall…</translation>
    </message>
    <message>
        <source>Preview the easy read</source>
        <translation>Rhagolwg o&apos;r cynllun hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Checks your words for the easy read, then shows the plan told to the person in easy read, to save or print. Ctrl+Shift+P.</source>
        <translation>Yn gwirio&apos;ch geiriau ar gyfer y cynllun hawdd ei ddeall, yna&apos;n dangos y cynllun wedi&apos;i egluro i&apos;r person ar ffurf hawdd ei deall, i&apos;w gadw neu i&apos;w argraffu. Ctrl+Shift+P.</translation>
    </message>
</context>
<context>
    <name>PreventionPage</name>
    <message>
        <source>For each need, work up from the lowest response: information and advice first, formal, funded support last. Record what you considered, whether it will meet the need, and why the next step up was needed.</source>
        <translation>Ar gyfer pob angen, gweithiwch i fyny o&apos;r ymateb isaf: gwybodaeth a chyngor yn gyntaf, cymorth ffurfiol wedi&apos;i ariannu yn olaf. Cofnodwch yr hyn a ystyriwyd gennych, a fydd yn diwallu&apos;r angen, a pham roedd angen y cam nesaf i fyny.</translation>
    </message>
    <message>
        <source>No needs recorded yet</source>
        <translation>Dim anghenion wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <source>No needs are recorded yet. Needs are added in step 5, Needs and outcomes; come back here once there is at least one.</source>
        <translation>Nid oes anghenion wedi&apos;u cofnodi eto. Caiff anghenion eu hychwanegu yng ngham 5, Anghenion a chanlyniadau; dewch yn ôl yma pan fydd o leiaf un.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Anghenion:</translation>
    </message>
    <message>
        <source>Choose a need with the arrow keys; the responses considered for it follow the list.</source>
        <translation>Dewiswch angen gyda&apos;r bysellau saeth; mae&apos;r ymatebion a ystyriwyd ar ei gyfer yn dilyn y rhestr.</translation>
    </message>
    <message>
        <source>Responses considered, lowest first</source>
        <translation>Ymatebion a ystyriwyd, yr isaf yn gyntaf</translation>
    </message>
    <message>
        <source>Why formal support cannot be chosen yet</source>
        <translation>Pam na ellir dewis cymorth ffurfiol eto</translation>
    </message>
    <message>
        <source>How the need will be met</source>
        <translation>Sut y bydd yr angen yn cael ei ddiwallu</translation>
    </message>
    <message>
        <source>&amp;Met by:</source>
        <translation>Yn cael ei &amp;ddiwallu gan:</translation>
    </message>
    <message>
        <source>The need is met by</source>
        <translation>Mae&apos;r angen yn cael ei ddiwallu gan</translation>
    </message>
    <message>
        <source>&amp;How it will be met: who, what, when:</source>
        <translation>&amp;Sut y caiff ei ddiwallu: pwy, beth, pryd:</translation>
    </message>
</context>
<context>
    <name>PrintoutDialog</name>
    <message>
        <source>Making the PDF…</source>
        <translation>Wrthi&apos;n creu&apos;r PDF…</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>Wrthi&apos;n creu&apos;r PDF</translation>
    </message>
    <message>
        <source>The pages as they will print. Page Up and Page Down move through them.</source>
        <translation>Y tudalennau fel y byddant yn cael eu hargraffu. Mae Page Up a Page Down yn symud drwyddynt.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Saves the PDF in a folder you choose.</source>
        <translation>Yn cadw&apos;r PDF mewn ffolder o&apos;ch dewis.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Chooses a printer, then prints the pages.</source>
        <translation>Yn dewis argraffydd, ac yna&apos;n argraffu&apos;r tudalennau.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;aith:</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>Iaith yr allbrint</translation>
    </message>
    <message>
        <source>The printout is made again in the language chosen, whatever language Hearth&apos;s window is in.</source>
        <translation>Caiff yr allbrint ei wneud eto yn yr iaith a ddewiswyd, beth bynnag yw iaith ffenestr Hearth.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Dewis y &amp;Cyfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[dewisiadau]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Dewisiadau:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Ymresymiadau:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Dangos cymorth ar ddewisiadau&apos;r llinell orchymyn.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Dangos cymorth, gan gynnwys dewisiadau sy&apos;n benodol i Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Dangos gwybodaeth am y fersiwn.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Dewis anhysbys &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Dewisiadau anhysbys: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Mae gwerth ar goll ar ôl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Gwerth annisgwyl ar ôl &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Heb ganfod y cyfeiriadur.
Gwiriwch fod enw cywir y cyfeiriadur wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Heb ganfod y ffeil.
Gwiriwch fod enw cywir y ffeil wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am roi&apos;r un newydd yn ei lle?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Di&amp;leu</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;Newydd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>A&amp;ilenwi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>Mae &apos;%1&apos; wedi&apos;i diogelu rhag ysgrifennu.
Ydych chi am ei dileu beth bynnag?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob Ffeil (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ydych chi&apos;n siŵr eich bod am ddileu &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nôl</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i&apos;r modd golwg manwl</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i&apos;r modd golwg rhestr</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Methu dileu&apos;r cyfeiriadur.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg Manwl</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Cyfeiriaduron</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Cyfeiriadur:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw ffeil:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o&apos;r math:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Canfod Cyfeiriadur</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd nôl</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r cyfeiriadur rhiant</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg Rhestr</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder Newydd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Cyfeiriadur Rhiant</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd Diweddar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Cadw Fel</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Dangos </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dan&amp;gos ffeiliau cudd</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad Addasu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy Nghyfrifiadur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Tor&amp;ri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i Bob Un</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r Cyfan</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i &amp;Bob Un</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;Lleoliad y Ddolen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Tor&amp;ri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>This review (Care Act 2014 s27)</source>
        <translation>Yr adolygiad hwn (Care Act 2014 s27)</translation>
    </message>
    <message>
        <source>The plan under review</source>
        <translation>Y cynllun sy&apos;n cael ei adolygu</translation>
    </message>
    <message>
        <source>W&amp;hat is working, in the person&apos;s words:</source>
        <translation>&amp;Beth sy&apos;n gweithio, yng ngeiriau&apos;r person:</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Beth sy&apos;n gweithio</translation>
    </message>
    <message>
        <source>What is going well with the plan, as the person sees it.</source>
        <translation>Beth sy&apos;n mynd yn dda gyda&apos;r cynllun, yn ôl y person.</translation>
    </message>
    <message>
        <source>What is not working:</source>
        <translation>Beth nad yw&apos;n gweithio:</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Beth nad yw&apos;n gweithio</translation>
    </message>
    <message>
        <source>What is not going well, and why.</source>
        <translation>Beth nad yw&apos;n mynd yn dda, a pham.</translation>
    </message>
    <message>
        <source>Each outcome the plan set out to meet:</source>
        <translation>Pob canlyniad yr oedd y cynllun yn ceisio&apos;i gyflawni:</translation>
    </message>
    <message>
        <source>&amp;Changes in needs since the plan:</source>
        <translation>&amp;Newidiadau yn yr anghenion ers y cynllun:</translation>
    </message>
    <message>
        <source>Changes in needs</source>
        <translation>Newidiadau yn yr anghenion</translation>
    </message>
    <message>
        <source>Anything new, better or worse since the plan was agreed. Record any change on the Needs and outcomes step too.</source>
        <translation>Unrhyw beth newydd, gwell neu waeth ers cytuno ar y cynllun. Cofnodwch unrhyw newid ar y cam Anghenion a chanlyniadau hefyd.</translation>
    </message>
    <message>
        <source>Changes in the people and support around them:</source>
        <translation>Newidiadau yn y bobl a&apos;r cymorth o&apos;u cwmpas:</translation>
    </message>
    <message>
        <source>Changes in the network</source>
        <translation>Newidiadau yn y rhwydwaith</translation>
    </message>
    <message>
        <source>Family, friends, community and services: who has started, stopped or changed what they do.</source>
        <translation>Teulu, ffrindiau, y gymuned a gwasanaethau: pwy sydd wedi dechrau, rhoi&apos;r gorau iddi neu newid yr hyn maen nhw&apos;n ei wneud.</translation>
    </message>
    <message>
        <source>Eligibility is determined again at every review: record the decision on the Eligibility step (Alt+7).</source>
        <translation>Penderfynir ar gymhwysedd eto ym mhob adolygiad: cofnodwch y penderfyniad ar y cam Cymhwysedd (Alt+7).</translation>
    </message>
    <message>
        <source>The personal budget before and now</source>
        <translation>Y gyllideb bersonol cynt a nawr</translation>
    </message>
    <message>
        <source>Why the budget is lower (needed be&amp;fore the review can be finalised):</source>
        <translation>Pam mae&apos;r gyllideb yn is (mae angen hyn &amp;cyn y gellir cwblhau&apos;r adolygiad):</translation>
    </message>
    <message>
        <source>Why the budget is lower</source>
        <translation>Pam mae&apos;r gyllideb yn is</translation>
    </message>
    <message>
        <source>A review that lowers the personal budget must say why, so the change can be explained to the person and defended.</source>
        <translation>Rhaid i adolygiad sy&apos;n gostwng y gyllideb bersonol ddweud pam, fel y gellir esbonio&apos;r newid i&apos;r person a&apos;i gyfiawnhau.</translation>
    </message>
    <message>
        <source>What the review concludes:</source>
        <translation>Casgliad yr adolygiad:</translation>
    </message>
    <message>
        <source>No change: the plan carries on as it is</source>
        <translation>Dim newid: mae&apos;r cynllun yn parhau fel y mae</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>Plan revised: a new version of the plan, with its own first review</source>
        <translation>Cynllun wedi&apos;i ddiwygio: fersiwn newydd o&apos;r cynllun, gyda&apos;i adolygiad cyntaf ei hun</translation>
    </message>
    <message>
        <source>Plan revised</source>
        <translation>Cynllun wedi&apos;i ddiwygio</translation>
    </message>
    <message>
        <source>Full reassessment needed: after finalising this review, start a new version</source>
        <translation>Angen ailasesiad llawn: ar ôl cwblhau&apos;r adolygiad hwn, dechreuwch fersiwn newydd</translation>
    </message>
    <message>
        <source>Full reassessment</source>
        <translation>Ailasesiad llawn</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Record each risk with the person&apos;s own view of it and how you agreed it will be managed. A positive risk is one the person chooses to take: record it as theirs to take.</source>
        <translation>Cofnodwch bob risg gyda barn y person ei hun amdani a sut y cytunoch y caiff ei rheoli. Risg gadarnhaol yw un y mae&apos;r person yn dewis ei chymryd: cofnodwch hi fel risg y mae gan y person hawl i&apos;w chymryd.</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>I have a &amp;safeguarding concern</source>
        <translation>Mae gennyf bryder &amp;diogelu</translation>
    </message>
    <message>
        <source>I have a safeguarding concern</source>
        <translation>Mae gennyf bryder diogelu</translation>
    </message>
    <message>
        <source>Tick if you suspect abuse or neglect, or the person is at risk of it. The safeguarding procedure is then shown, and finalising is blocked until the concern is recorded as handled.</source>
        <translation>Ticiwch os ydych yn amau camdriniaeth neu esgeulustod, neu fod y person mewn perygl o hynny. Yna dangosir y weithdrefn ddiogelu, ac mae cwblhau wedi&apos;i rwystro nes cofnodi bod y pryder wedi&apos;i drin.</translation>
    </message>
    <message>
        <source>Care Act 2014 s42: the council&apos;s duty to make enquiries</source>
        <translation>Care Act 2014 s42: dyletswydd y cyngor i wneud ymholiadau</translation>
    </message>
    <message>
        <source>Safeguarding concern: follow the procedure now</source>
        <translation>Pryder diogelu: dilynwch y weithdrefn nawr</translation>
    </message>
    <message>
        <source>Finalising is blocked</source>
        <translation>Mae cwblhau wedi&apos;i rwystro</translation>
    </message>
    <message>
        <source>Finalising is blocked: the assessment cannot be finalised until this concern is recorded as handled.</source>
        <translation>Mae cwblhau wedi&apos;i rwystro: ni ellir cwblhau&apos;r asesiad nes cofnodi bod y pryder hwn wedi&apos;i drin.</translation>
    </message>
    <message>
        <source>The safeguarding procedure</source>
        <translation>Y weithdrefn ddiogelu</translation>
    </message>
    <message>
        <source>&amp;What you saw and heard, in the person&apos;s words where possible:</source>
        <translation>Beth a &amp;welsoch ac a glywsoch, yng ngeiriau&apos;r person lle bo modd:</translation>
    </message>
    <message>
        <source>What you saw and heard</source>
        <translation>Beth a welsoch ac a glywsoch</translation>
    </message>
    <message>
        <source>Action &amp;taken: who you told, when, and any reference:</source>
        <translation>Ca&amp;mau a gymerwyd: pwy y dywedoch wrthynt, pryd, ac unrhyw gyfeirnod:</translation>
    </message>
    <message>
        <source>Action taken on the safeguarding concern</source>
        <translation>Camau a gymerwyd ynglŷn â&apos;r pryder diogelu</translation>
    </message>
    <message>
        <source>Recorded as hand&amp;led: the procedure was followed</source>
        <translation>Cofnodwyd bod y pryder wedi&apos;i dri&amp;n: dilynwyd y weithdrefn</translation>
    </message>
    <message>
        <source>Recorded as handled</source>
        <translation>Cofnodwyd bod y pryder wedi&apos;i drin</translation>
    </message>
    <message>
        <source>Tick once the procedure was followed and the action taken is recorded.</source>
        <translation>Ticiwch unwaith y dilynwyd y weithdrefn ac y cofnodwyd y camau a gymerwyd.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <source>&amp;Risks recorded:</source>
        <translation>&amp;Risgiau a gofnodwyd:</translation>
    </message>
    <message>
        <source>Risks recorded</source>
        <translation>Risgiau a gofnodwyd</translation>
    </message>
    <message>
        <source>Choose a risk with the arrow keys; its details follow the buttons.</source>
        <translation>Dewiswch risg gyda&apos;r bysellau saeth; mae ei manylion yn dilyn y botymau.</translation>
    </message>
    <message>
        <source>No risks recorded yet.</source>
        <translation>Dim risgiau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>Ychw&amp;anegu risg</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ychwanegu risg</translation>
    </message>
    <message>
        <source>Re&amp;move risk</source>
        <translation>&amp;Tynnu risg</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Tynnu risg</translation>
    </message>
    <message>
        <source>&amp;Description of the risk:</source>
        <translation>D&amp;isgrifiad o&apos;r risg:</translation>
    </message>
    <message>
        <source>Description of the risk</source>
        <translation>Disgrifiad o&apos;r risg</translation>
    </message>
    <message>
        <source>The person&apos;s own &amp;view of it:</source>
        <translation>&amp;Barn y person ei hun amdani:</translation>
    </message>
    <message>
        <source>The person&apos;s own view of the risk</source>
        <translation>Barn y person ei hun am y risg</translation>
    </message>
    <message>
        <source>How it will be ma&amp;naged, as agreed with them:</source>
        <translation>&amp;Sut y caiff ei rheoli, fel y cytunwyd gyda&apos;r person:</translation>
    </message>
    <message>
        <source>How the risk will be managed</source>
        <translation>Sut y caiff y risg ei rheoli</translation>
    </message>
    <message>
        <source>A &amp;positive risk the person chooses to take</source>
        <translation>Risg &amp;gadarnhaol y mae&apos;r person yn dewis ei chymryd</translation>
    </message>
    <message>
        <source>A positive risk the person chooses to take</source>
        <translation>Risg gadarnhaol y mae&apos;r person yn dewis ei chymryd</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation>Dyddiadau adolygu</translation>
    </message>
    <message>
        <source>These date the reviews of plans finalised from now on; a plan keeps the dates it was given.</source>
        <translation>Mae&apos;r rhain yn pennu dyddiadau adolygu cynlluniau a gwblheir o hyn ymlaen; mae cynllun yn cadw&apos;r dyddiadau a roddwyd iddo.</translation>
    </message>
    <message>
        <source>&amp;Informal review after:</source>
        <translation>Adolygiad &amp;anffurfiol ar ôl:</translation>
    </message>
    <message>
        <source>Informal review after, in days</source>
        <translation>Adolygiad anffurfiol ar ôl, mewn diwrnodau</translation>
    </message>
    <message>
        <source>Where an informal review is appropriate: about 72 hours after the plan is agreed.</source>
        <translation>Lle bo adolygiad anffurfiol yn briodol: tua 72 awr ar ôl cytuno ar y cynllun.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>&amp;First formal review within:</source>
        <translation>Adolygiad &amp;ffurfiol cyntaf o fewn:</translation>
    </message>
    <message>
        <source>First formal review within, in weeks</source>
        <translation>Adolygiad ffurfiol cyntaf o fewn, mewn wythnosau</translation>
    </message>
    <message>
        <source>Within 6 to 8 weeks of the plan being agreed.</source>
        <translation>O fewn 6 i 8 wythnos i gytuno ar y cynllun.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <source>&amp;Annual review every:</source>
        <translation>Adolygiad &amp;blynyddol bob:</translation>
    </message>
    <message>
        <source>Annual review every, in months</source>
        <translation>Adolygiad blynyddol bob, mewn misoedd</translation>
    </message>
    <message>
        <source>At least every 12 months.</source>
        <translation>O leiaf bob 12 mis.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>The council&apos;s Resource Allocation System (RAS) table</source>
        <translation>Tabl System Dyrannu Adnoddau (RAS) y cyngor</translation>
    </message>
    <message>
        <source>The indicative budget on the Plan step comes from this table. Load your council&apos;s own table, a file the council provides; Hearth checks it before using it.</source>
        <translation>Daw&apos;r gyllideb ddangosol ar gam y Cynllun o&apos;r tabl hwn. Llwythwch dabl eich cyngor chi, sef ffeil a ddarperir gan y cyngor; mae Hearth yn ei wirio cyn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>The table in use</source>
        <translation>Y tabl sy&apos;n cael ei ddefnyddio</translation>
    </message>
    <message>
        <source>&amp;Load the council&apos;s table…</source>
        <translation>&amp;Llwytho tabl y cyngor…</translation>
    </message>
    <message>
        <source>Load the council&apos;s table</source>
        <translation>Llwytho tabl y cyngor</translation>
    </message>
    <message>
        <source>Choose the council&apos;s RAS table file. Hearth checks it, and keeps a copy when you press OK.</source>
        <translation>Dewiswch ffeil tabl RAS y cyngor. Mae Hearth yn ei gwirio, ac yn cadw copi pan fyddwch yn pwyso Iawn.</translation>
    </message>
    <message>
        <source>&amp;Use the illustrative table</source>
        <translation>&amp;Defnyddio&apos;r tabl enghreifftiol</translation>
    </message>
    <message>
        <source>Use the illustrative table</source>
        <translation>Defnyddio&apos;r tabl enghreifftiol</translation>
    </message>
    <message>
        <source>Forgets the council&apos;s table when you press OK: figures then come from the illustrative table Hearth ships, and say so.</source>
        <translation>Yn anghofio tabl y cyngor pan fyddwch yn pwyso Iawn: yna daw&apos;r ffigurau o&apos;r tabl enghreifftiol sy&apos;n dod gyda Hearth, a byddant yn dweud hynny.</translation>
    </message>
    <message>
        <source>RAS table message</source>
        <translation>Neges y tabl RAS</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Neges y gosodiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Hearth&apos;s window speaks this language from the next time it starts. A printout can be made in English or Welsh whatever this says.</source>
        <translation>Bydd ffenestr Hearth yn defnyddio&apos;r iaith hon o&apos;r tro nesaf y bydd yn cychwyn. Gellir gwneud allbrint yn Gymraeg neu yn Saesneg beth bynnag a ddewisir yma.</translation>
    </message>
    <message>
        <source>Hearth&apos;s lan&amp;guage:</source>
        <translation>Iaith He&amp;arth:</translation>
    </message>
    <message>
        <source>Hearth&apos;s language</source>
        <translation>Iaith Hearth</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Hearth: offline, strengths-based Care Act 2014 assessments for adult social care.</source>
        <translation>Hearth: asesiadau Care Act 2014 all-lein, yn seiliedig ar gryfderau, ar gyfer gofal cymdeithasol i oedolion.</translation>
    </message>
    <message>
        <source>Use the encrypted store in &lt;file&gt; (default: %1).</source>
        <translation>Defnyddio&apos;r storfa wedi&apos;i hamgryptio yn &lt;file&gt; (rhagosodiad: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Rhowch gynnig ar &apos;%1 --help&apos; i gael rhagor o wybodaeth.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Ymresymiad annisgwyl: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Set HEARTH_PRACTITIONER to the practitioner&apos;s name.</source>
        <translation>Gosodwch HEARTH_PRACTITIONER i enw&apos;r ymarferydd.</translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <source>Start from what the person can do and who is already there for them. For each person or group, ask whether their help is willing, able and sustainable, and agree it with them rather than assume it.</source>
        <translation>Dechreuwch gyda&apos;r hyn y gall y person ei wneud a phwy sydd yno iddyn nhw eisoes. Ar gyfer pob person neu grŵp, gofynnwch a ydyn nhw&apos;n fodlon ac yn gallu helpu, ac a yw eu cymorth yn gynaliadwy, a chytunwch arno gyda nhw yn hytrach na&apos;i dybio.</translation>
    </message>
    <message>
        <source>Personal strengths and interests</source>
        <translation>Cryfderau a diddordebau personol</translation>
    </message>
    <message>
        <source>&amp;Strengths, one on each line (what they can do, what they are good at):</source>
        <translation>&amp;Cryfderau, un ar bob llinell (beth maen nhw&apos;n gallu ei wneud, beth maen nhw&apos;n dda am ei wneud):</translation>
    </message>
    <message>
        <source>Strengths, one on each line</source>
        <translation>Cryfderau, un ar bob llinell</translation>
    </message>
    <message>
        <source>Press Enter to start the next strength; Tab moves on to interests.</source>
        <translation>Pwyswch Enter i ddechrau&apos;r cryfder nesaf; mae Tab yn symud ymlaen i ddiddordebau.</translation>
    </message>
    <message>
        <source>&amp;Interests, and who they are beyond their needs:</source>
        <translation>&amp;Diddordebau, a phwy ydyn nhw y tu hwnt i&apos;w hanghenion:</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Diddordebau</translation>
    </message>
    <message>
        <source>Network: family, friends, neighbours, groups, faith, services</source>
        <translation>Rhwydwaith: teulu, ffrindiau, cymdogion, grwpiau, ffydd, gwasanaethau</translation>
    </message>
    <message>
        <source>&amp;People and groups in the network:</source>
        <translation>&amp;Pobl a grwpiau yn y rhwydwaith:</translation>
    </message>
    <message>
        <source>People and groups in the network</source>
        <translation>Pobl a grwpiau yn y rhwydwaith</translation>
    </message>
    <message>
        <source>Choose a person or group with the arrow keys; their details follow the buttons.</source>
        <translation>Dewiswch berson neu grŵp gyda&apos;r bysellau saeth; mae eu manylion yn dilyn y botymau.</translation>
    </message>
    <message>
        <source>No one recorded in the network yet.</source>
        <translation>Nid oes neb wedi&apos;i gofnodi yn y rhwydwaith eto.</translation>
    </message>
    <message>
        <source>&amp;Add person or group</source>
        <translation>&amp;Ychwanegu person neu grŵp</translation>
    </message>
    <message>
        <source>Add person or group</source>
        <translation>Ychwanegu person neu grŵp</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove person or group</source>
        <translation>Tynnu person neu grŵp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Name of the person or group</source>
        <translation>Enw&apos;r person neu&apos;r grŵp</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Kind of person or group</source>
        <translation>Math o berson neu grŵp</translation>
    </message>
    <message>
        <source>R&amp;elationship:</source>
        <translation>Pe&amp;rthynas:</translation>
    </message>
    <message>
        <source>Relationship to the person</source>
        <translation>Perthynas â&apos;r person</translation>
    </message>
    <message>
        <source>daughter, next-door neighbour, Thursday choir</source>
        <translation>merch, cymydog drws nesaf, côr dydd Iau</translation>
    </message>
    <message>
        <source>Connec&amp;tion:</source>
        <translation>Cy&amp;sylltiad:</translation>
    </message>
    <message>
        <source>How strong the connection is</source>
        <translation>Pa mor gryf yw&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>&amp;What they help with now:</source>
        <translation>&amp;Beth maen nhw&apos;n helpu gydag ef nawr:</translation>
    </message>
    <message>
        <source>What they help with now</source>
        <translation>Beth maen nhw&apos;n helpu gydag ef nawr</translation>
    </message>
    <message>
        <source>Wi&amp;lling to help:</source>
        <translation>Yn &amp;fodlon helpu:</translation>
    </message>
    <message>
        <source>Willing to help</source>
        <translation>Yn fodlon helpu</translation>
    </message>
    <message>
        <source>A&amp;ble to help:</source>
        <translation>Yn &amp;gallu helpu:</translation>
    </message>
    <message>
        <source>Able to help</source>
        <translation>Yn gallu helpu</translation>
    </message>
    <message>
        <source>S&amp;ustainable:</source>
        <translation>Cyna&amp;liadwy:</translation>
    </message>
    <message>
        <source>Sustainable: can they keep it up</source>
        <translation>Cynaliadwy: a allan nhw ddal ati</translation>
    </message>
    <message>
        <source>A&amp;greed with them, not assumed</source>
        <translation>&amp;Wedi&apos;i gytuno gyda nhw, nid wedi&apos;i dybio</translation>
    </message>
    <message>
        <source>Agreed with them, not assumed</source>
        <translation>Wedi&apos;i gytuno gyda nhw, nid wedi&apos;i dybio</translation>
    </message>
    <message>
        <source>Impact &amp;on them of giving this help:</source>
        <translation>Effaith &amp;arnyn nhw o roi&apos;r cymorth hwn:</translation>
    </message>
    <message>
        <source>Impact on them of giving this help</source>
        <translation>Effaith arnyn nhw o roi&apos;r cymorth hwn</translation>
    </message>
    <message>
        <source>Provides &amp;care (a carer)</source>
        <translation>Yn darparu g&amp;ofal (gofalwr)</translation>
    </message>
    <message>
        <source>Provides care</source>
        <translation>Yn darparu gofal</translation>
    </message>
    <message>
        <source>Offer a carer&apos;s assessment (Care Act s10).</source>
        <translation>Cynigiwch asesiad gofalwr (Care Act s10).</translation>
    </message>
    <message>
        <source>Carer&apos;s assessment o&amp;ffered:</source>
        <translation>Asesiad gofalwr wedi&apos;i gy&amp;nnig:</translation>
    </message>
    <message>
        <source>Carer&apos;s assessment offered</source>
        <translation>Asesiad gofalwr wedi&apos;i gynnig</translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation>Ecomap</translation>
    </message>
    <message>
        <source>The person in the centre and their network around them. It is redrawn as you edit, and the plan uses the same picture.</source>
        <translation>Y person yn y canol a&apos;u rhwydwaith o&apos;u cwmpas. Caiff ei ail-lunio wrth i chi olygu, ac mae&apos;r cynllun yn defnyddio&apos;r un llun.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Hearth</source>
        <translation>Datgloi Hearth</translation>
    </message>
    <message>
        <source>Unlock your caseload</source>
        <translation>Datgloi eich llwyth achosion</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records on this laptop.</source>
        <translation>Rhowch eich cyfrinymadrodd i agor y cofnodion ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The passphrase you chose when you set up Hearth.</source>
        <translation>Y cyfrinymadrodd a ddewisoch wrth osod Hearth.</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>Dang&amp;os y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Shows the passphrase as you type it. Check no one can see your screen.</source>
        <translation>Yn dangos y cyfrinymadrodd wrth i chi ei deipio. Gwnewch yn siŵr na all neb weld eich sgrin.</translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <source>The nine areas of wellbeing in the Care Act 2014, section 1(2). There is no hierarchy among them: explore the ones that matter most to the person, and record why you left any of the others out.</source>
        <translation>Y naw maes llesiant yn y Care Act 2014, s1(2). Nid oes hierarchaeth rhyngddyn nhw: archwiliwch y rhai sydd bwysicaf i&apos;r person, a chofnodwch pam y gwnaethoch adael unrhyw rai o&apos;r lleill allan.</translation>
    </message>
    <message>
        <source>The nine areas</source>
        <translation>Y naw maes</translation>
    </message>
    <message>
        <source>&amp;Areas of wellbeing (✓ explored, – skipped with a reason, blank not yet recorded):</source>
        <translation>&amp;Meysydd llesiant (✓ wedi&apos;i archwilio, – wedi&apos;i hepgor gyda rheswm, gwag heb ei gofnodi eto):</translation>
    </message>
    <message>
        <source>Areas of wellbeing</source>
        <translation>Meysydd llesiant</translation>
    </message>
    <message>
        <source>Choose an area with the arrow keys; what was recorded about it follows the list.</source>
        <translation>Dewiswch faes gyda&apos;r bysellau saeth; mae&apos;r hyn a gofnodwyd amdano yn dilyn y rhestr.</translation>
    </message>
    <message>
        <source>The area chosen</source>
        <translation>Y maes a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Explored with the person</source>
        <translation>Wedi&apos;i &amp;archwilio gyda&apos;r person</translation>
    </message>
    <message>
        <source>Explored with the person</source>
        <translation>Wedi&apos;i archwilio gyda&apos;r person</translation>
    </message>
    <message>
        <source>&amp;Skipped, with a reason</source>
        <translation>Wedi&apos;i &amp;hepgor, gyda rheswm</translation>
    </message>
    <message>
        <source>Skipped, with a reason</source>
        <translation>Wedi&apos;i hepgor, gyda rheswm</translation>
    </message>
    <message>
        <source>Not recorded yet: choose whether this area was explored with the person or skipped for a reason.</source>
        <translation>Heb ei gofnodi eto: dewiswch a gafodd y maes hwn ei archwilio gyda&apos;r person neu ei hepgor am reswm.</translation>
    </message>
    <message>
        <source>How much it &amp;matters to them:</source>
        <translation>Pa mor &amp;bwysig yw hyn iddyn nhw:</translation>
    </message>
    <message>
        <source>How much it matters to them</source>
        <translation>Pa mor bwysig yw hyn iddyn nhw</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;view, in their words:</source>
        <translation>&amp;Safbwynt y person, yn eu geiriau eu hunain:</translation>
    </message>
    <message>
        <source>The person&apos;s view, in their words</source>
        <translation>Safbwynt y person, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>What &amp;works now:</source>
        <translation>Beth sy&apos;n &amp;gweithio nawr:</translation>
    </message>
    <message>
        <source>What works now</source>
        <translation>Beth sy&apos;n gweithio nawr</translation>
    </message>
    <message>
        <source>&amp;Concerns:</source>
        <translation>&amp;Pryderon:</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <source>&amp;Desired outcome, what they want to change:</source>
        <translation>&amp;Canlyniad dymunol, beth maen nhw am ei newid:</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Canlyniad dymunol</translation>
    </message>
    <message>
        <source>&amp;Reason for not exploring it:</source>
        <translation>&amp;Rheswm dros beidio â&apos;i archwilio:</translation>
    </message>
    <message>
        <source>Reason for not exploring this area</source>
        <translation>Rheswm dros beidio ag archwilio&apos;r maes hwn</translation>
    </message>
    <message>
        <source>Wellbeing wheel</source>
        <translation>Olwyn llesiant</translation>
    </message>
    <message>
        <source>What matters to the person and where the concerns are, redrawn as you record. The plan uses the same picture.</source>
        <translation>Beth sy&apos;n bwysig i&apos;r person a ble mae&apos;r pryderon, wedi&apos;i ail-lunio wrth i chi gofnodi. Mae&apos;r cynllun yn defnyddio&apos;r un llun.</translation>
    </message>
</context>
<context>
    <name>WhatMattersPage</name>
    <message>
        <source>Start from the person. Ask the question below and write down their answer as they said it, in their own words, not a summary in yours.</source>
        <translation>Dechreuwch gyda&apos;r person. Gofynnwch y cwestiwn isod ac ysgrifennwch eu hateb fel y dywedon nhw ef, yn eu geiriau eu hunain, nid crynodeb yn eich geiriau chi.</translation>
    </message>
    <message>
        <source>If you could resolve the things that are difficult for you right now, what would change for you?</source>
        <translation>Pe gallech chi ddatrys y pethau sy&apos;n anodd i chi ar hyn o bryd, beth fyddai&apos;n newid i chi?</translation>
    </message>
    <message>
        <source>Their answer, in their own words</source>
        <translation>Eu hateb, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>The answer to: If you could resolve the things that are difficult for you right now, what would change for you?</source>
        <translation>Yr ateb i: Pe gallech chi ddatrys y pethau sy&apos;n anodd i chi ar hyn o bryd, beth fyddai&apos;n newid i chi?</translation>
    </message>
    <message>
        <source>Who they are beyond their needs</source>
        <translation>Pwy ydyn nhw y tu hwnt i&apos;w hanghenion</translation>
    </message>
    <message>
        <source>&amp;Who they are, one per line, as they describe themselves:</source>
        <translation>&amp;Pwy ydyn nhw, un i bob llinell, fel maen nhw&apos;n disgrifio eu hunain:</translation>
    </message>
    <message>
        <source>For example: a grandmother; a music lover who likes to sing; a keen gardener; a retired bus driver.</source>
        <translation>Er enghraifft: mam-gu; rhywun sy&apos;n caru cerddoriaeth ac yn hoffi canu; garddwr brwd; gyrrwr bws wedi ymddeol.</translation>
    </message>
    <message>
        <source>Who they are beyond their needs, one per line</source>
        <translation>Pwy ydyn nhw y tu hwnt i&apos;w hanghenion, un i bob llinell</translation>
    </message>
    <message>
        <source>Write one description on each line. Blank lines are left out.</source>
        <translation>Ysgrifennwch un disgrifiad ar bob llinell. Caiff llinellau gwag eu hepgor.</translation>
    </message>
    <message>
        <source>What is important to them and for them</source>
        <translation>Beth sy&apos;n bwysig iddyn nhw ac ar eu cyfer</translation>
    </message>
    <message>
        <source>Important &amp;to them:</source>
        <translation>Pwysig &amp;iddyn nhw:</translation>
    </message>
    <message>
        <source>What matters to them, from their point of view: the people, places, routines, interests and things that make life good for them.</source>
        <translation>Beth sy&apos;n bwysig iddyn nhw, o&apos;u safbwynt nhw: y bobl, y lleoedd, yr arferion, y diddordebau a&apos;r pethau sy&apos;n gwneud bywyd yn dda iddyn nhw.</translation>
    </message>
    <message>
        <source>Important to them</source>
        <translation>Pwysig iddyn nhw</translation>
    </message>
    <message>
        <source>What matters to them, from their point of view.</source>
        <translation>Beth sy&apos;n bwysig iddyn nhw, o&apos;u safbwynt nhw.</translation>
    </message>
    <message>
        <source>Important f&amp;or them:</source>
        <translation>Pwysig &amp;ar eu cyfer:</translation>
    </message>
    <message>
        <source>What keeps them healthy and safe, and well in the eyes of others who know them: health, safety, and the support they need.</source>
        <translation>Beth sy&apos;n eu cadw&apos;n iach ac yn ddiogel, ac yn dda yng ngolwg eraill sy&apos;n eu hadnabod: iechyd, diogelwch, a&apos;r cymorth sydd ei angen arnyn nhw.</translation>
    </message>
    <message>
        <source>Important for them</source>
        <translation>Pwysig ar eu cyfer</translation>
    </message>
    <message>
        <source>What keeps them healthy and safe.</source>
        <translation>Beth sy&apos;n eu cadw&apos;n iach ac yn ddiogel.</translation>
    </message>
</context>
<context>
    <name>hearth::AboutPersonPage</name>
    <message>
        <source>has capacity</source>
        <translation>â galluedd</translation>
    </message>
    <message>
        <source>lacks capacity</source>
        <translation>heb alluedd</translation>
    </message>
    <message>
        <source>not assessed, capacity assumed</source>
        <translation>heb ei asesu, rhagdybir bod galluedd</translation>
    </message>
    <message>
        <source>Not named yet</source>
        <translation>Heb ei enwi eto</translation>
    </message>
    <message>
        <source>present</source>
        <translation>yn bresennol</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Decision not described yet</source>
        <translation>Penderfyniad heb ei ddisgrifio eto</translation>
    </message>
    <message>
        <source>People on the caseload</source>
        <translation>Pobl ar y llwyth achosion</translation>
    </message>
    <message>
        <source>Choose from the caseload, or type a name</source>
        <translation>Dewiswch o&apos;r llwyth achosion, neu teipiwch enw</translation>
    </message>
    <message>
        <source>An adult&apos;s needs assessment (Care Act 2014 s9)</source>
        <translation>Asesiad o anghenion oedolyn (Care Act 2014 s9)</translation>
    </message>
    <message>
        <source>A carer&apos;s assessment (Care Act 2014 s10)</source>
        <translation>Asesiad gofalwr (Care Act 2014 s10)</translation>
    </message>
    <message>
        <source>Not assessed: capacity assumed</source>
        <translation>Heb ei asesu: rhagdybir bod galluedd</translation>
    </message>
    <message>
        <source>Has capacity for this decision</source>
        <translation>Mae ganddyn nhw alluedd i wneud y penderfyniad hwn</translation>
    </message>
    <message>
        <source>Lacks capacity for this decision</source>
        <translation>Nid oes ganddyn nhw alluedd i wneud y penderfyniad hwn</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, ganed %2</translation>
    </message>
    <message>
        <source>On the caseload: linked to their record.</source>
        <translation>Ar y llwyth achosion: wedi&apos;i gysylltu â&apos;u cofnod.</translation>
    </message>
    <message>
        <source>Linked to a record that is not on this laptop&apos;s caseload.</source>
        <translation>Wedi&apos;i gysylltu â chofnod nad yw ar lwyth achosion y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Not on the caseload: only the name is recorded.</source>
        <translation>Ddim ar y llwyth achosion: dim ond yr enw sy&apos;n cael ei gofnodi.</translation>
    </message>
    <message>
        <source>This page is about the carer. Their eligibility is decided under reg 3 of the Eligibility Criteria Regulations 2015, whether or not the person they care for has eligible needs.</source>
        <translation>Mae&apos;r dudalen hon yn ymwneud â&apos;r gofalwr. Penderfynir ar eu cymhwysedd o dan reg 3 o&apos;r Eligibility Criteria Regulations 2015, p&apos;un a oes gan y person y maen nhw&apos;n gofalu amdano anghenion cymwys ai peidio.</translation>
    </message>
    <message>
        <source>The adult&apos;s needs for care and support; eligibility under reg 2 of the Eligibility Criteria Regulations 2015.</source>
        <translation>Anghenion yr oedolyn am ofal a chymorth; cymhwysedd o dan reg 2 o&apos;r Eligibility Criteria Regulations 2015.</translation>
    </message>
    <message>
        <source>Not valid: an NHS number has only digits (spaces are fine). It is saved once it is valid.</source>
        <translation>Ddim yn ddilys: digidau yn unig sydd mewn rhif GIG (mae bylchau&apos;n iawn). Caiff ei gadw pan fydd yn ddilys.</translation>
    </message>
    <message>
        <source>Not valid: an NHS number has 10 digits, and this has %1. It is saved once it is valid.</source>
        <translation>Ddim yn ddilys: mae gan rif GIG 10 digid, ac mae gan hwn %1. Caiff ei gadw pan fydd yn ddilys.</translation>
    </message>
    <message>
        <source>Not valid: the last digit does not match the others (the Modulus 11 check), so a digit may be mistyped. It is saved once it is valid.</source>
        <translation>Ddim yn ddilys: nid yw&apos;r digid olaf yn cyfateb i&apos;r lleill (y gwiriad Modulus 11), felly efallai bod digid wedi&apos;i deipio&apos;n anghywir. Caiff ei gadw pan fydd yn ddilys.</translation>
    </message>
    <message>
        <source>Valid NHS number.</source>
        <translation>Rhif GIG dilys.</translation>
    </message>
    <message>
        <source>Not a date yet: write day/month/year, for example 09/03/1941. It is saved once it is a date.</source>
        <translation>Ddim yn ddyddiad eto: ysgrifennwch ddiwrnod/mis/blwyddyn, er enghraifft 09/03/1941. Caiff ei gadw pan fydd yn ddyddiad.</translation>
    </message>
    <message>
        <source>This date is in the future: check the year. It is saved once it is corrected.</source>
        <translation>Mae&apos;r dyddiad hwn yn y dyfodol: gwiriwch y flwyddyn. Caiff ei gadw pan fydd wedi&apos;i gywiro.</translation>
    </message>
    <message>
        <source>%1, aged %2.</source>
        <translation>%1, yn %2 oed.</translation>
    </message>
    <message>
        <source>An independent advocate is required</source>
        <translation>Mae angen eiriolwr annibynnol</translation>
    </message>
    <message>
        <source>Independent advocate</source>
        <translation>Eiriolwr annibynnol</translation>
    </message>
    <message>
        <source>there is no appropriate person to support them</source>
        <translation>nid oes person priodol i&apos;w cefnogi</translation>
    </message>
    <message>
        <source>no appropriate person to support them has been found yet</source>
        <translation>nid oes person priodol i&apos;w cefnogi wedi&apos;i ganfod eto</translation>
    </message>
    <message>
        <source>Refer the person to an independent advocate now. They would have substantial difficulty in being involved, and %1. The council must arrange an advocate (Care Act 2014 s67). Finalising is blocked until the referral is recorded.</source>
        <translation>Atgyfeiriwch y person at eiriolwr annibynnol nawr. Bydden nhw&apos;n cael anhawster sylweddol i gymryd rhan, ac %1. Rhaid i&apos;r cyngor drefnu eiriolwr (Care Act 2014 s67). Ni ellir cwblhau nes bydd yr atgyfeiriad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>The referral is recorded. Add the advocate&apos;s name when you know it.</source>
        <translation>Mae&apos;r atgyfeiriad wedi&apos;i gofnodi. Ychwanegwch enw&apos;r eiriolwr pan fyddwch yn ei wybod.</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>y person</translation>
    </message>
    <message>
        <source>Not a date yet: write day/month/year. It is saved once it is a date.</source>
        <translation>Ddim yn ddyddiad eto: ysgrifennwch ddiwrnod/mis/blwyddyn. Caiff ei gadw pan fydd yn ddyddiad.</translation>
    </message>
    <message>
        <source>This date is in the future: check it. It is saved once it is corrected.</source>
        <translation>Mae&apos;r dyddiad hwn yn y dyfodol: gwiriwch ef. Caiff ei gadw pan fydd wedi&apos;i gywiro.</translation>
    </message>
</context>
<context>
    <name>hearth::AssessmentFlow</name>
    <message>
        <source>About the person</source>
        <translation>Am y person</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Beth sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>Strengths and network</source>
        <translation>Cryfderau a rhwydwaith</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Llesiant</translation>
    </message>
    <message>
        <source>Needs and outcomes</source>
        <translation>Anghenion a chanlyniadau</translation>
    </message>
    <message>
        <source>Prevention first</source>
        <translation>Atal yn gyntaf</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Cymhwysedd</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Check and finalise</source>
        <translation>Gwirio a chwblhau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This assessment is already finalised. Start a new version to change it.</source>
        <translation>Mae&apos;r asesiad hwn eisoes wedi&apos;i gwblhau. Dechreuwch fersiwn newydd i&apos;w newid.</translation>
    </message>
    <message>
        <source>The assessment cannot be finalised yet:</source>
        <translation>Ni ellir cwblhau&apos;r asesiad eto:</translation>
    </message>
</context>
<context>
    <name>hearth::AssessmentView</name>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Cannot start a review</source>
        <translation>Methu dechrau adolygiad</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1. %2  %3</source>
        <translation>%1. %2  %3</translation>
    </message>
    <message>
        <source>Step %1, %2, complete</source>
        <translation>Cam %1, %2, wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Step %1, %2, %3 of %4 answered</source>
        <translation>Cam %1, %2, %3 o %4 wedi&apos;u hateb</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Dim byd ar goll.</translation>
    </message>
    <message>
        <source>Must fix: %1</source>
        <translation>Rhaid cywiro: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Gwirio: %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Mynd i %1</translation>
    </message>
    <message>
        <source>Checks (F8)</source>
        <translation>Gwiriadau (F8)</translation>
    </message>
    <message>
        <source>Checks (F8): %1</source>
        <translation>Gwiriadau (F8): %1</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, ganed %1</translation>
    </message>
    <message>
        <source>review, draft</source>
        <translation>adolygiad, drafft</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <source>shared with the person</source>
        <translation>wedi&apos;i rannu â&apos;r person</translation>
    </message>
    <message>
        <source>review, finalised, read-only</source>
        <translation>adolygiad, wedi&apos;i gwblhau, darllen yn unig</translation>
    </message>
    <message>
        <source>finalised, read-only</source>
        <translation>wedi&apos;i gwblhau, darllen yn unig</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 — assessment %4</source>
        <translation>Cam %1 o %2: %3 — yr asesiad: %4</translation>
    </message>
    <message>
        <source>%1 — %2 — Hearth</source>
        <translation>%1 — %2 — Hearth</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Cadwyd am %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Your words are kept here, and Hearth tries again every few seconds.</source>
        <translation>Heb ei gadw eto: %1. Mae eich geiriau&apos;n cael eu cadw yma, ac mae Hearth yn rhoi cynnig arall arni bob ychydig eiliadau.</translation>
    </message>
</context>
<context>
    <name>hearth::CaseFile</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>gwir neu gau</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>rhestr</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>gwrthrych</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim byd</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at %2)</source>
        <translation>id dyblyg %1 (wedi&apos;i ddefnyddio eisoes yn %2)</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>lefel uchaf</translation>
    </message>
    <message>
        <source>unknown member %1</source>
        <translation>aelod anhysbys %1</translation>
    </message>
    <message>
        <source>unknown members %1</source>
        <translation>aelodau anhysbys %1</translation>
    </message>
    <message>
        <source>required member is missing</source>
        <translation>mae aelod gofynnol ar goll</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>disgwyliwyd %1 ond cafwyd %2</translation>
    </message>
    <message>
        <source>expected text but found %1</source>
        <translation>disgwyliwyd testun ond cafwyd %1</translation>
    </message>
    <message>
        <source>field %1 is %2 characters; the limit is %3</source>
        <translation>mae maes %1 yn %2 nod; y terfyn yw %3</translation>
    </message>
    <message>
        <source>text contains an unpaired UTF-16 surrogate</source>
        <translation>mae&apos;r testun yn cynnwys dirprwy UTF-16 heb ei baru</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>rhif cyfan</translation>
    </message>
    <message>
        <source>expected a whole number but found %1</source>
        <translation>disgwyliwyd rhif cyfan ond cafwyd %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>mae %1 y tu allan i&apos;r amrediad (%2 i %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>nid yw &quot;%1&quot; yn ddyddiad dilys (disgwyliwyd YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid UTC date and time (expected YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>nid yw &quot;%1&quot; yn ddyddiad ac amser UTC dilys (disgwyliwyd YYYY-MM-DDThh:mm:ssZ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid UUID (expected 8-4-4-4-12 hexadecimal digits without braces)</source>
        <translation>nid yw &quot;%1&quot; yn UUID dilys (disgwyliwyd 8-4-4-4-12 digid hecsadegol heb gromfachau cyrliog)</translation>
    </message>
    <message>
        <source>the nil UUID is not an id</source>
        <translation>nid yw&apos;r UUID nil yn id</translation>
    </message>
    <message>
        <source>unknown %1 code &quot;%2&quot;</source>
        <translation>cod %1 anhysbys &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>mae &quot;%1&quot; yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>expected an object but found %1</source>
        <translation>disgwyliwyd gwrthrych ond cafwyd %1</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ateb</translation>
    </message>
    <message>
        <source>wellbeing area</source>
        <translation>maes llesiant</translation>
    </message>
    <message>
        <source>specified outcome</source>
        <translation>canlyniad penodedig</translation>
    </message>
    <message>
        <source>carer outcome</source>
        <translation>canlyniad gofalwr</translation>
    </message>
    <message>
        <source>unable-to-achieve meaning</source>
        <translation>ystyr methu â chyflawni</translation>
    </message>
    <message>
        <source>outcome status</source>
        <translation>statws canlyniad</translation>
    </message>
    <message>
        <source>a person needs a name: givenNames or familyName is required</source>
        <translation>mae angen enw ar berson: mae givenNames neu familyName yn ofynnol</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid NHS number (ten digits without spaces, with a Modulus 11 check digit)</source>
        <translation>nid yw &quot;%1&quot; yn rhif GIG dilys (deg digid heb fylchau, gyda digid gwirio Modulus 11)</translation>
    </message>
    <message>
        <source>network kind</source>
        <translation>math o rwydwaith</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a carer (reg 3(4))</source>
        <translation>nid yw &quot;%1&quot; yn berthnasol i ofalwr (reg 3(4))</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; appears twice in this assessment (first at %3)</source>
        <translation>mae %1 &quot;%2&quot; yn ymddangos ddwywaith yn yr asesiad hwn (y tro cyntaf yn %3)</translation>
    </message>
    <message>
        <source>health risk</source>
        <translation>risg iechyd</translation>
    </message>
    <message>
        <source>outcome progress</source>
        <translation>cynnydd canlyniad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a specified outcome or a carer&apos;s outcome</source>
        <translation>nid yw &quot;%1&quot; yn ganlyniad penodedig nac yn ganlyniad gofalwr</translation>
    </message>
    <message>
        <source>review conclusion</source>
        <translation>casgliad adolygiad</translation>
    </message>
    <message>
        <source>assessment kind</source>
        <translation>math o asesiad</translation>
    </message>
    <message>
        <source>assessment status</source>
        <translation>statws asesiad</translation>
    </message>
    <message>
        <source>graduated response</source>
        <translation>ymateb graddedig</translation>
    </message>
    <message>
        <source>response verdict</source>
        <translation>dyfarniad ymateb</translation>
    </message>
    <message>
        <source>graduated response &quot;%1&quot; appears twice in this need</source>
        <translation>mae&apos;r ymateb graddedig &quot;%1&quot; yn ymddangos ddwywaith yn yr angen hwn</translation>
    </message>
    <message>
        <source>met-by</source>
        <translation>diwallwyd-gan</translation>
    </message>
    <message>
        <source>payment frequency</source>
        <translation>amlder taliadau</translation>
    </message>
    <message>
        <source>the file is %1 bytes; the limit is %2 bytes</source>
        <translation>mae&apos;r ffeil yn %1 beit; y terfyn yw %2 beit</translation>
    </message>
    <message>
        <source>not valid JSON: the file is empty</source>
        <translation>nid yw&apos;n JSON dilys: mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 at byte offset %1</source>
        <translation>nid yw&apos;r ffeil yn UTF-8 dilys ar wrthbwyso beit %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte offset %1: %2</source>
        <translation>nid yw&apos;n JSON dilys ar wrthbwyso beit %1: %2</translation>
    </message>
    <message>
        <source>the case file is not a JSON object</source>
        <translation>nid yw&apos;r ffeil achos yn wrthrych JSON</translation>
    </message>
    <message>
        <source>format: &quot;%1&quot; is not a Hearth case file (expected &quot;%2&quot;)</source>
        <translation>format: nid yw &quot;%1&quot; yn ffeil achos Hearth (disgwyliwyd &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>formatVersion: this file is format version %1; this version of Hearth understands format version %2 only</source>
        <translation>formatVersion: fersiwn fformat %1 yw&apos;r ffeil hon; dim ond fersiwn fformat %2 y mae&apos;r fersiwn hon o Hearth yn ei deall</translation>
    </message>
    <message>
        <source>network member belongs to person %1, not to this case&apos;s person %2</source>
        <translation>mae&apos;r aelod o&apos;r rhwydwaith yn perthyn i berson %1, nid i berson yr achos hwn, %2</translation>
    </message>
    <message>
        <source>assessment belongs to person %1, not to this case&apos;s person %2</source>
        <translation>mae&apos;r asesiad yn perthyn i berson %1, nid i berson yr achos hwn, %2</translation>
    </message>
    <message>
        <source>plan belongs to assessment %1, not to its assessment %2</source>
        <translation>mae&apos;r cynllun yn perthyn i asesiad %1, nid i&apos;w asesiad ei hun, %2</translation>
    </message>
</context>
<context>
    <name>hearth::CaseSession</name>
    <message>
        <source>This assessment is already finalised.</source>
        <translation>Mae&apos;r asesiad hwn wedi&apos;i gwblhau eisoes.</translation>
    </message>
    <message>
        <source>Only a finalised assessment starts a new version.</source>
        <translation>Dim ond asesiad sydd wedi&apos;i gwblhau sy&apos;n dechrau fersiwn newydd.</translation>
    </message>
    <message>
        <source>Only a finalised plan can be reviewed.</source>
        <translation>Dim ond cynllun sydd wedi&apos;i gwblhau y gellir ei adolygu.</translation>
    </message>
</context>
<context>
    <name>hearth::CaseloadModel</name>
    <message>
        <source>Not yet assessed</source>
        <translation>Heb ei asesu eto</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Shared with the person</source>
        <translation>Wedi&apos;i rannu â&apos;r person</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Adolygiad: %1</translation>
    </message>
    <message>
        <source>Carer&apos;s assessment: %1</source>
        <translation>Asesiad gofalwr: %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, yn hwyr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
</context>
<context>
    <name>hearth::EasyReadPdf</name>
    <message>
        <source>make meals and eat well</source>
        <translation>gwneud prydau bwyd a bwyta&apos;n dda</translation>
    </message>
    <message>
        <source>wash and keep clean</source>
        <translation>ymolchi a chadw&apos;n lân</translation>
    </message>
    <message>
        <source>use the toilet</source>
        <translation>defnyddio&apos;r toiled</translation>
    </message>
    <message>
        <source>get dressed</source>
        <translation>gwisgo</translation>
    </message>
    <message>
        <source>move around your home safely</source>
        <translation>symud o gwmpas eich cartref yn ddiogel</translation>
    </message>
    <message>
        <source>keep your home clean and warm</source>
        <translation>cadw eich cartref yn lân ac yn gynnes</translation>
    </message>
    <message>
        <source>see your family and friends</source>
        <translation>gweld eich teulu a&apos;ch ffrindiau</translation>
    </message>
    <message>
        <source>work, learn or volunteer</source>
        <translation>gweithio, dysgu neu wirfoddoli</translation>
    </message>
    <message>
        <source>go out to shops, buses and places near you</source>
        <translation>mynd i siopau, ar fysiau ac i lefydd lleol</translation>
    </message>
    <message>
        <source>look after a child</source>
        <translation>gofalu am blentyn</translation>
    </message>
    <message>
        <source>care for other people</source>
        <translation>gofalu am bobl eraill</translation>
    </message>
    <message>
        <source>have time for things you enjoy</source>
        <translation>cael amser i wneud pethau rydych chi&apos;n eu mwynhau</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <source>Your name is %1.</source>
        <translation>Eich enw yw %1.</translation>
    </message>
    <message>
        <source>You are %1.</source>
        <translation>Pwy ydych chi: %1.</translation>
    </message>
    <message>
        <source>You care for %1.</source>
        <translation>Rydych chi&apos;n gofalu am %1.</translation>
    </message>
    <message>
        <source>You care for about 1 hour a week.</source>
        <translation>Rydych chi&apos;n gofalu am tua 1 awr yr wythnos.</translation>
    </message>
    <message>
        <source>You care for about %1 hours a week.</source>
        <translation>Rydych chi&apos;n gofalu am tua %1 awr yr wythnos.</translation>
    </message>
    <message>
        <source>The caring you do:</source>
        <translation>Y gofalu rydych chi&apos;n ei wneud:</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Beth sy&apos;n bwysig i chi</translation>
    </message>
    <message>
        <source>You told us:</source>
        <translation>Dywedoch chi wrthon ni:</translation>
    </message>
    <message>
        <source>We still need to ask you this.</source>
        <translation>Mae angen i ni ofyn hyn i chi o hyd.</translation>
    </message>
    <message>
        <source>What you are good at</source>
        <translation>Beth rydych chi&apos;n dda yn ei wneud</translation>
    </message>
    <message>
        <source>We still need to talk about this.</source>
        <translation>Mae angen i ni siarad am hyn o hyd.</translation>
    </message>
    <message>
        <source>You like:</source>
        <translation>Rydych chi&apos;n hoffi:</translation>
    </message>
    <message>
        <source>Who helps you</source>
        <translation>Pwy sy&apos;n eich helpu chi</translation>
    </message>
    <message>
        <source>%1 helps you.</source>
        <translation>Mae %1 yn eich helpu chi.</translation>
    </message>
    <message>
        <source>What is hard for you</source>
        <translation>Beth sy&apos;n anodd i chi</translation>
    </message>
    <message>
        <source>Caring makes it hard to %1.</source>
        <translation>Mae gofalu yn ei gwneud hi&apos;n anodd %1.</translation>
    </message>
    <message>
        <source>It is hard for you to %1.</source>
        <translation>Rydych chi&apos;n ei chael hi&apos;n anodd %1.</translation>
    </message>
    <message>
        <source>We did not find anything too hard for you.</source>
        <translation>Wnaethon ni ddim gweld dim byd sy&apos;n rhy anodd i chi.</translation>
    </message>
    <message>
        <source>You will do this yourself.</source>
        <translation>Byddwch chi&apos;n gwneud hyn eich hun.</translation>
    </message>
    <message>
        <source>Your family or friends will help.</source>
        <translation>Bydd eich teulu neu&apos;ch ffrindiau yn helpu.</translation>
    </message>
    <message>
        <source>A group or service near you will help.</source>
        <translation>Bydd grŵp neu wasanaeth yn agos atoch chi yn helpu.</translation>
    </message>
    <message>
        <source>The council will arrange help.</source>
        <translation>Bydd y cyngor yn trefnu help.</translation>
    </message>
    <message>
        <source>We have not found help for this yet.</source>
        <translation>Dydyn ni ddim wedi dod o hyd i help ar gyfer hyn eto.</translation>
    </message>
    <message>
        <source>We still need to decide who will help.</source>
        <translation>Mae angen i ni benderfynu o hyd pwy fydd yn helpu.</translation>
    </message>
    <message>
        <source>What will happen next</source>
        <translation>Beth fydd yn digwydd nesaf</translation>
    </message>
    <message>
        <source>You can get help from the council.</source>
        <translation>Gallwch chi gael help gan y cyngor.</translation>
    </message>
    <message>
        <source>The law calls this being eligible.</source>
        <translation>Mae&apos;r gyfraith yn dweud eich bod chi&apos;n gymwys.</translation>
    </message>
    <message>
        <source>The council will not pay for help this time.</source>
        <translation>Fydd y cyngor ddim yn talu am help y tro hwn.</translation>
    </message>
    <message>
        <source>We will tell you about other help.</source>
        <translation>Byddwn ni&apos;n dweud wrthoch chi am help arall.</translation>
    </message>
    <message>
        <source>We have not decided yet if the council can help.</source>
        <translation>Dydyn ni ddim wedi penderfynu eto a all y cyngor helpu.</translation>
    </message>
    <message>
        <source>You told us what would help:</source>
        <translation>Dywedoch chi wrthon ni beth fyddai&apos;n helpu:</translation>
    </message>
    <message>
        <source>What would help you:</source>
        <translation>Beth fyddai&apos;n eich helpu chi:</translation>
    </message>
    <message>
        <source>We gave you information about other help.</source>
        <translation>Rhoddon ni wybodaeth i chi am help arall.</translation>
    </message>
    <message>
        <source>Your budget is %1.</source>
        <translation>Eich cyllideb yw %1.</translation>
    </message>
    <message>
        <source>Your budget may be about %1.</source>
        <translation>Efallai y bydd eich cyllideb tua %1.</translation>
    </message>
    <message>
        <source>This is a first guess, not a decision.</source>
        <translation>Syniad cyntaf yw hwn, nid penderfyniad.</translation>
    </message>
    <message>
        <source>These are example figures only.</source>
        <translation>Dim ond enghraifft yw&apos;r ffigurau hyn.</translation>
    </message>
    <message>
        <source>Keeping safe</source>
        <translation>Cadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>You choose to do this:</source>
        <translation>Rydych chi&apos;n dewis gwneud hyn:</translation>
    </message>
    <message>
        <source>What we agreed:</source>
        <translation>Beth wnaethon ni gytuno:</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <source>Your worker is %1.</source>
        <translation>Eich gweithiwr yw %1.</translation>
    </message>
    <message>
        <source>Ask them if you have a question.</source>
        <translation>Gofynnwch iddyn nhw os oes gennych chi gwestiwn.</translation>
    </message>
    <message>
        <source>In a crisis, call:</source>
        <translation>Mewn argyfwng, ffoniwch:</translation>
    </message>
    <message>
        <source>If you cannot care:</source>
        <translation>Os na allwch chi ofalu:</translation>
    </message>
    <message>
        <source>If something goes wrong:</source>
        <translation>Os bydd rhywbeth yn mynd o&apos;i le:</translation>
    </message>
    <message>
        <source>When we will check how things are going</source>
        <translation>Pryd byddwn ni&apos;n gweld sut mae pethau&apos;n mynd</translation>
    </message>
    <message>
        <source>We will tell you the date soon.</source>
        <translation>Byddwn ni&apos;n dweud y dyddiad wrthoch chi cyn bo hir.</translation>
    </message>
    <message>
        <source>We will ask how things are on %1.</source>
        <translation>Byddwn ni&apos;n gofyn sut mae pethau ar %1.</translation>
    </message>
    <message>
        <source>We will meet you by %1.</source>
        <translation>Byddwn ni&apos;n cyfarfod â chi erbyn %1.</translation>
    </message>
    <message>
        <source>Then we will meet at least once a year.</source>
        <translation>Wedyn byddwn ni&apos;n cyfarfod o leiaf unwaith y flwyddyn.</translation>
    </message>
    <message>
        <source>You can ask to meet sooner.</source>
        <translation>Gallwch chi ofyn am gyfarfod yn gynt.</translation>
    </message>
    <message>
        <source>Do you agree with this plan?</source>
        <translation>Ydych chi&apos;n cytuno â&apos;r cynllun hwn?</translation>
    </message>
    <message>
        <source>We showed you a draft of this plan on %1.</source>
        <translation>Dangoson ni ddrafft o&apos;r cynllun hwn i chi ar %1.</translation>
    </message>
    <message>
        <source>You said you agree with this plan.</source>
        <translation>Dywedoch chi eich bod chi&apos;n cytuno â&apos;r cynllun hwn.</translation>
    </message>
    <message>
        <source>You said you do not agree with all of it.</source>
        <translation>Dywedoch chi nad ydych chi&apos;n cytuno â&apos;r cyfan.</translation>
    </message>
    <message>
        <source>We wrote down what you told us.</source>
        <translation>Ysgrifennon ni beth ddywedoch chi wrthon ni.</translation>
    </message>
    <message>
        <source>Tell your worker what you think.</source>
        <translation>Dywedwch wrth eich gweithiwr beth rydych chi&apos;n ei feddwl.</translation>
    </message>
    <message>
        <source>You can sign here if you agree.</source>
        <translation>Gallwch chi lofnodi yma os ydych chi&apos;n cytuno.</translation>
    </message>
    <message>
        <source>Your plan, %1</source>
        <translation>Eich cynllun, %1</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <source>A strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Diddordebau</translation>
    </message>
    <message>
        <source>What %1 helps with</source>
        <translation>Sut mae %1 yn helpu</translation>
    </message>
    <message>
        <source>A need</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>How a need will be met: %1</source>
        <translation>Sut y caiff angen ei ddiwallu: %1</translation>
    </message>
    <message>
        <source>A risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>How a risk is managed: %1</source>
        <translation>Sut y caiff risg ei rheoli: %1</translation>
    </message>
    <message>
        <source>What the caring involves</source>
        <translation>Beth mae&apos;r gofalu&apos;n ei olygu</translation>
    </message>
    <message>
        <source>What would help the carer</source>
        <translation>Beth fyddai&apos;n helpu&apos;r gofalwr</translation>
    </message>
    <message>
        <source>Who to call in a crisis</source>
        <translation>Pwy i&apos;w ffonio mewn argyfwng</translation>
    </message>
    <message>
        <source>If the carer cannot care</source>
        <translation>Os na all y gofalwr ofalu</translation>
    </message>
    <message>
        <source>If something goes wrong</source>
        <translation>Os aiff rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>Your support plan as a carer</source>
        <translation>Eich cynllun cymorth fel gofalwr</translation>
    </message>
    <message>
        <source>Your care and support plan</source>
        <translation>Eich cynllun gofal a chymorth</translation>
    </message>
    <message>
        <source>This plan is for %1.</source>
        <translation>Mae&apos;r cynllun hwn ar gyfer %1.</translation>
    </message>
    <message>
        <source>It says what help you will get.</source>
        <translation>Mae&apos;n dweud pa help y byddwch chi&apos;n ei gael.</translation>
    </message>
    <message>
        <source>This plan is a draft.</source>
        <translation>Drafft yw&apos;r cynllun hwn.</translation>
    </message>
    <message>
        <source>It may still change.</source>
        <translation>Gall newid o hyd.</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Llofnod: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Dyddiad: %1</translation>
    </message>
    <message>
        <source>Pictures by OpenMoji. Licence: CC BY-SA 4.0.</source>
        <translation>Lluniau gan OpenMoji. Trwydded: CC BY-SA 4.0.</translation>
    </message>
    <message>
        <source>The easy read would run to %1 pages; at most %2 is easy to read. Shorten what goes into it.</source>
        <translation>Byddai&apos;r fersiwn hawdd ei ddeall yn %1 tudalen; mae %2 ar y mwyaf yn hawdd ei ddarllen. Byrhewch yr hyn sy&apos;n mynd iddo.</translation>
    </message>
    <message>
        <source>Your care and support plan, in easy read</source>
        <translation>Eich cynllun gofal a chymorth, fersiwn hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Argraffwyd %1</translation>
    </message>
    <message>
        <source>Record %1 · version %2</source>
        <translation>Cofnod %1 · fersiwn %2</translation>
    </message>
</context>
<context>
    <name>hearth::Ecomap</name>
    <message>
        <source>Line thickness, how strong:</source>
        <translation>Trwch y llinell, pa mor gryf:</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>gwan</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>cyson</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>cryf</translation>
    </message>
    <message>
        <source>Line style, how sustainable:</source>
        <translation>Arddull y llinell, pa mor gynaliadwy:</translation>
    </message>
    <message>
        <source>sustainable</source>
        <translation>cynaliadwy</translation>
    </message>
    <message>
        <source>not known yet (dashed)</source>
        <translation>ddim yn hysbys eto (llinell doredig)</translation>
    </message>
    <message>
        <source>not sustainable (dashed, marked //)</source>
        <translation>anghynaliadwy (llinell doredig, wedi&apos;i marcio //)</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>a group or service</source>
        <translation>grŵp neu wasanaeth</translation>
    </message>
    <message>
        <source>double outline: provides care</source>
        <translation>amlinell ddwbl: yn darparu gofal</translation>
    </message>
    <message>
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>ffrind</translation>
    </message>
    <message>
        <source>neighbour</source>
        <translation>cymydog</translation>
    </message>
    <message>
        <source>community group</source>
        <translation>grŵp cymunedol</translation>
    </message>
    <message>
        <source>faith or cultural group</source>
        <translation>grŵp ffydd neu ddiwylliannol</translation>
    </message>
    <message>
        <source>universal service</source>
        <translation>gwasanaeth cyffredinol</translation>
    </message>
    <message>
        <source>formal service</source>
        <translation>gwasanaeth ffurfiol</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>not sustainable</source>
        <translation>anghynaliadwy</translation>
    </message>
    <message>
        <source>sustainability not known yet</source>
        <translation>cynaliadwyedd ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>heb ei enwi eto</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <source>%1 is at the centre. No one is recorded in their network yet.</source>
        <translation>%1 sydd yn y canol. Nid oes neb wedi&apos;i gofnodi yn eu rhwydwaith eto.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is at the centre, with %n people or groups around them.</source>
        <translation>
            <numerusform>%1 sydd yn y canol, gyda %n o bobl neu grwpiau o&apos;u cwmpas.</numerusform>
            <numerusform>%1 sydd yn y canol, gydag %n person neu grŵp o&apos;u cwmpas.</numerusform>
            <numerusform>%1 sydd yn y canol, gyda %n o bobl neu grwpiau o&apos;u cwmpas.</numerusform>
            <numerusform>%1 sydd yn y canol, gyda %n o bobl neu grwpiau o&apos;u cwmpas.</numerusform>
            <numerusform>%1 sydd yn y canol, gyda %n o bobl neu grwpiau o&apos;u cwmpas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 connection, %4</source>
        <translation>%1 (%2): cysylltiad %3, %4</translation>
    </message>
    <message>
        <source>, provides care</source>
        <translation>, yn darparu gofal</translation>
    </message>
    <message>
        <source>No one is recorded in the network yet.</source>
        <translation>Nid oes neb wedi&apos;i gofnodi yn y rhwydwaith eto.</translation>
    </message>
    <message>
        <source>%1, carer</source>
        <translation>%1, gofalwr</translation>
    </message>
</context>
<context>
    <name>hearth::EcomapView</name>
    <message>
        <source>Ecomap</source>
        <translation>Ecomap</translation>
    </message>
</context>
<context>
    <name>hearth::Eligibility</name>
    <message>
        <source>Unable on bad days only, which counts because needs fluctuate (%1): %2.</source>
        <translation>Methu ar ddiwrnodau gwael yn unig, sy&apos;n cyfrif am fod yr anghenion yn amrywio (%1): %2.</translation>
    </message>
    <message>
        <source>Unable: %1.</source>
        <translation>Methu: %1.</translation>
    </message>
    <message>
        <source>Unable: %1. On bad days also (%2): %3.</source>
        <translation>Methu: %1. Ar ddiwrnodau gwael hefyd (%2): %3.</translation>
    </message>
    <message>
        <source>As a consequence there is, or is likely to be, a significant impact on the carer&apos;s wellbeing.</source>
        <translation>O ganlyniad, mae, neu mae&apos;n debygol y bydd, effaith sylweddol ar lesiant y gofalwr.</translation>
    </message>
    <message>
        <source>As a consequence there is, or is likely to be, a significant impact on the adult&apos;s wellbeing.</source>
        <translation>O ganlyniad, mae, neu mae&apos;n debygol y bydd, effaith sylweddol ar lesiant yr oedolyn.</translation>
    </message>
    <message>
        <source>Areas of wellbeing affected: %1.</source>
        <translation>Meysydd llesiant yr effeithir arnynt: %1.</translation>
    </message>
    <message>
        <source>Recorded that there is not, and is not likely to be, a significant impact on the carer&apos;s wellbeing.</source>
        <translation>Cofnodwyd nad oes, ac nad yw&apos;n debygol y bydd, effaith sylweddol ar lesiant y gofalwr.</translation>
    </message>
    <message>
        <source>Recorded that there is not, and is not likely to be, a significant impact on the adult&apos;s wellbeing.</source>
        <translation>Cofnodwyd nad oes, ac nad yw&apos;n debygol y bydd, effaith sylweddol ar lesiant yr oedolyn.</translation>
    </message>
    <message>
        <source>Whether there is, or is likely to be, a significant impact on the carer&apos;s wellbeing has not been recorded yet.</source>
        <translation>Nid yw wedi&apos;i gofnodi eto a oes, neu a yw&apos;n debygol y bydd, effaith sylweddol ar lesiant y gofalwr.</translation>
    </message>
    <message>
        <source>Whether there is, or is likely to be, a significant impact on the adult&apos;s wellbeing has not been recorded yet.</source>
        <translation>Nid yw wedi&apos;i gofnodi eto a oes, neu a yw&apos;n debygol y bydd, effaith sylweddol ar lesiant yr oedolyn.</translation>
    </message>
    <message>
        <source>Needs fluctuate, but the period over which the circumstances were considered is not recorded. %1 asks for a period long enough to establish the level of need.</source>
        <translation>Mae&apos;r anghenion yn amrywio, ond nid yw&apos;r cyfnod yr ystyriwyd yr amgylchiadau drosto wedi&apos;i gofnodi. Mae %1 yn gofyn am gyfnod digon hir i ganfod lefel yr angen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: taking significantly longer than would normally be expected is a meaning of &quot;unable&quot; for an adult (reg 2(3)(d)) but not for a carer (reg 3(4)), so it is not counted.</source>
        <translation>&quot;%1&quot;: mae cymryd amser sylweddol hwy na&apos;r hyn y byddid yn ei ddisgwyl fel rheol yn un o ystyron &quot;methu&quot; i oedolyn (reg 2(3)(d)) ond nid i ofalwr (reg 3(4)), felly nid yw&apos;n cael ei gyfrif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recorded as unable to be achieved, so the meanings of &quot;unable&quot; recorded for it are not counted.</source>
        <translation>Nid yw &quot;%1&quot; wedi&apos;i gofnodi fel canlyniad na ellir ei gyflawni, felly nid yw&apos;r ystyron &quot;methu&quot; a gofnodwyd ar ei gyfer yn cael eu cyfrif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: meanings recorded for bad days are not counted because the needs are not recorded as fluctuating (%2).</source>
        <translation>&quot;%1&quot;: nid yw&apos;r ystyron a gofnodwyd ar gyfer diwrnodau gwael yn cael eu cyfrif am nad yw&apos;r anghenion wedi&apos;u cofnodi fel rhai sy&apos;n amrywio (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is recorded as unable to be achieved, but no meaning of &quot;unable&quot; from %2 is recorded, so it is not counted.</source>
        <translation>Mae &quot;%1&quot; wedi&apos;i gofnodi fel canlyniad na ellir ei gyflawni, ond nid oes ystyr &quot;methu&quot; o %2 wedi&apos;i gofnodi, felly nid yw&apos;n cael ei gyfrif.</translation>
    </message>
    <message>
        <source>Carer&apos;s determination (reg 3): the recorded information meets all three conditions, so the carer&apos;s needs are proposed as eligible. A carer can be eligible whether or not the adult cared for has eligible needs.</source>
        <translation>Penderfyniad ar gymhwysedd y gofalwr (reg 3): mae&apos;r wybodaeth a gofnodwyd yn bodloni pob un o&apos;r tri amod, felly cynigir bod anghenion y gofalwr yn gymwys. Gall gofalwr fod yn gymwys p&apos;un a oes gan yr oedolyn sy&apos;n derbyn gofal anghenion cymwys ai peidio.</translation>
    </message>
    <message>
        <source>Carer&apos;s determination (reg 3): at least one condition is not met, so the carer&apos;s needs are proposed as not eligible.</source>
        <translation>Penderfyniad ar gymhwysedd y gofalwr (reg 3): nid yw o leiaf un amod wedi&apos;i fodloni, felly cynigir nad yw anghenion y gofalwr yn gymwys.</translation>
    </message>
    <message>
        <source>Carer&apos;s determination (reg 3): not enough has been recorded yet to propose whether the carer&apos;s needs are eligible.</source>
        <translation>Penderfyniad ar gymhwysedd y gofalwr (reg 3): nid oes digon wedi&apos;i gofnodi eto i gynnig a yw anghenion y gofalwr yn gymwys.</translation>
    </message>
    <message>
        <source>Adult&apos;s determination (reg 2): the recorded information meets all three conditions, so the adult&apos;s needs are proposed as eligible.</source>
        <translation>Penderfyniad ar gymhwysedd yr oedolyn (reg 2): mae&apos;r wybodaeth a gofnodwyd yn bodloni pob un o&apos;r tri amod, felly cynigir bod anghenion yr oedolyn yn gymwys.</translation>
    </message>
    <message>
        <source>Adult&apos;s determination (reg 2): at least one condition is not met, so the adult&apos;s needs are proposed as not eligible.</source>
        <translation>Penderfyniad ar gymhwysedd yr oedolyn (reg 2): nid yw o leiaf un amod wedi&apos;i fodloni, felly cynigir nad yw anghenion yr oedolyn yn gymwys.</translation>
    </message>
    <message>
        <source>Adult&apos;s determination (reg 2): not enough has been recorded yet to propose whether the adult&apos;s needs are eligible.</source>
        <translation>Penderfyniad ar gymhwysedd yr oedolyn (reg 2): nid oes digon wedi&apos;i gofnodi eto i gynnig a yw anghenion yr oedolyn yn gymwys.</translation>
    </message>
    <message>
        <source>The needs arise from or are related to a physical or mental impairment or illness.</source>
        <translation>Mae&apos;r anghenion yn codi o, neu&apos;n gysylltiedig â, nam neu salwch corfforol neu feddyliol.</translation>
    </message>
    <message>
        <source>The needs arise from or are related to a physical or mental impairment or illness: %1.</source>
        <translation>Mae&apos;r anghenion yn codi o, neu&apos;n gysylltiedig â, nam neu salwch corfforol neu feddyliol: %1.</translation>
    </message>
    <message>
        <source>Recorded that the needs do not arise from, and are not related to, a physical or mental impairment or illness.</source>
        <translation>Cofnodwyd nad yw&apos;r anghenion yn codi o, nac yn gysylltiedig â, nam neu salwch corfforol neu feddyliol.</translation>
    </message>
    <message>
        <source>Whether the needs arise from or are related to a physical or mental impairment or illness has not been recorded yet.</source>
        <translation>Nid yw wedi&apos;i gofnodi eto a yw&apos;r anghenion yn codi o, neu&apos;n gysylltiedig â, nam neu salwch corfforol neu feddyliol.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the support a carer gives now is not taken into account when determining eligibility; it is taken into account later, in planning.</source>
        <translation>&quot;%1&quot;: nid yw&apos;r cymorth y mae gofalwr yn ei roi nawr yn cael ei ystyried wrth benderfynu ar gymhwysedd; caiff ei ystyried yn nes ymlaen, wrth gynllunio.</translation>
    </message>
    <message numerus="yes">
        <source>The adult is unable to achieve %n of the specified outcomes of reg 2(2), and two or more are needed: %1.</source>
        <translation>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor: %1.</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor: %1.</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor: %1.</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor: %1.</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The adult is unable to achieve %n of the specified outcomes of reg 2(2), and two or more are needed;</source>
        <translation>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor;</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor;</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor;</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor;</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) not assessed yet could still make two.</source>
        <translation>
            <numerusform>Gallai %n canlyniad sydd heb eu hasesu eto wneud cyfanswm o ddau o hyd.</numerusform>
            <numerusform>Gallai %n canlyniad sydd heb ei asesu eto wneud cyfanswm o ddau o hyd.</numerusform>
            <numerusform>Gallai %n canlyniad sydd heb eu hasesu eto wneud cyfanswm o ddau o hyd.</numerusform>
            <numerusform>Gallai %n canlyniad sydd heb eu hasesu eto wneud cyfanswm o ddau o hyd.</numerusform>
            <numerusform>Gallai %n canlyniad sydd heb eu hasesu eto wneud cyfanswm o ddau o hyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The adult is unable to achieve %n of the specified outcomes of reg 2(2), and two or more are needed.</source>
        <translation>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor.</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor.</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor.</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor.</numerusform>
            <numerusform>Mae&apos;r oedolyn yn methu â chyflawni %n o ganlyniadau penodedig reg 2(2), ac mae angen dau neu ragor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No carer&apos;s details are recorded for this assessment.</source>
        <translation>Nid oes manylion gofalwr wedi&apos;u cofnodi ar gyfer yr asesiad hwn.</translation>
    </message>
    <message>
        <source>The carer&apos;s needs arise as a consequence of providing necessary care for an adult.</source>
        <translation>Mae anghenion y gofalwr yn codi o ganlyniad i ddarparu gofal angenrheidiol i oedolyn.</translation>
    </message>
    <message>
        <source>Care is provided for %1.</source>
        <translation>Darperir gofal i %1.</translation>
    </message>
    <message>
        <source>Recorded that the carer&apos;s needs do not arise as a consequence of providing necessary care for an adult.</source>
        <translation>Cofnodwyd nad yw anghenion y gofalwr yn codi o ganlyniad i ddarparu gofal angenrheidiol i oedolyn.</translation>
    </message>
    <message>
        <source>Whether the carer provides necessary care for an adult has not been recorded yet.</source>
        <translation>Nid yw wedi&apos;i gofnodi eto a yw&apos;r gofalwr yn darparu gofal angenrheidiol i oedolyn.</translation>
    </message>
    <message>
        <source>The carer&apos;s physical or mental health is deteriorating (reg 3(2)(a)).</source>
        <translation>Mae iechyd corfforol neu iechyd meddwl y gofalwr yn dirywio (reg 3(2)(a)).</translation>
    </message>
    <message>
        <source>The carer&apos;s physical or mental health is at risk of deteriorating (reg 3(2)(a)).</source>
        <translation>Mae iechyd corfforol neu iechyd meddwl y gofalwr mewn perygl o ddirywio (reg 3(2)(a)).</translation>
    </message>
    <message numerus="yes">
        <source>The carer is unable to achieve %n of the outcomes of reg 3(3), and one is enough (reg 3(2)(b)): %1.</source>
        <translation>
            <numerusform>Mae&apos;r gofalwr yn methu â chyflawni %n o ganlyniadau reg 3(3), ac mae un yn ddigon (reg 3(2)(b)): %1.</numerusform>
            <numerusform>Mae&apos;r gofalwr yn methu â chyflawni %n o ganlyniadau reg 3(3), ac mae un yn ddigon (reg 3(2)(b)): %1.</numerusform>
            <numerusform>Mae&apos;r gofalwr yn methu â chyflawni %n o ganlyniadau reg 3(3), ac mae un yn ddigon (reg 3(2)(b)): %1.</numerusform>
            <numerusform>Mae&apos;r gofalwr yn methu â chyflawni %n o ganlyniadau reg 3(3), ac mae un yn ddigon (reg 3(2)(b)): %1.</numerusform>
            <numerusform>Mae&apos;r gofalwr yn methu â chyflawni %n o ganlyniadau reg 3(3), ac mae un yn ddigon (reg 3(2)(b)): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the carer&apos;s health is, or is at risk of, deteriorating has not been recorded yet (reg 3(2)(a)).</source>
        <translation>Nid yw wedi&apos;i gofnodi eto a yw iechyd y gofalwr yn dirywio, neu mewn perygl o ddirywio (reg 3(2)(a)).</translation>
    </message>
    <message>
        <source>The carer&apos;s health is recorded as not at risk of deteriorating (reg 3(2)(a)).</source>
        <translation>Mae iechyd y gofalwr wedi&apos;i gofnodi fel un nad yw mewn perygl o ddirywio (reg 3(2)(a)).</translation>
    </message>
    <message numerus="yes">
        <source>The carer is unable to achieve none of the assessed outcomes of reg 3(3); %n outcome(s) not assessed yet could still be unmet (reg 3(2)(b)).</source>
        <translation>
            <numerusform>Nid yw&apos;r gofalwr yn methu â chyflawni yr un o&apos;r canlyniadau a aseswyd yn reg 3(3); gallai %n canlyniad sydd heb eu hasesu eto fod heb eu cyflawni o hyd (reg 3(2)(b)).</numerusform>
            <numerusform>Nid yw&apos;r gofalwr yn methu â chyflawni yr un o&apos;r canlyniadau a aseswyd yn reg 3(3); gallai %n canlyniad sydd heb ei asesu eto fod heb ei gyflawni o hyd (reg 3(2)(b)).</numerusform>
            <numerusform>Nid yw&apos;r gofalwr yn methu â chyflawni yr un o&apos;r canlyniadau a aseswyd yn reg 3(3); gallai %n canlyniad sydd heb eu hasesu eto fod heb eu cyflawni o hyd (reg 3(2)(b)).</numerusform>
            <numerusform>Nid yw&apos;r gofalwr yn methu â chyflawni yr un o&apos;r canlyniadau a aseswyd yn reg 3(3); gallai %n canlyniad sydd heb eu hasesu eto fod heb eu cyflawni o hyd (reg 3(2)(b)).</numerusform>
            <numerusform>Nid yw&apos;r gofalwr yn methu â chyflawni yr un o&apos;r canlyniadau a aseswyd yn reg 3(3); gallai %n canlyniad sydd heb eu hasesu eto fod heb eu cyflawni o hyd (reg 3(2)(b)).</numerusform>
        </translation>
    </message>
    <message>
        <source>The carer&apos;s health is recorded as not at risk of deteriorating (reg 3(2)(a)), and every outcome of reg 3(3) was assessed with none that the carer is unable to achieve (reg 3(2)(b)).</source>
        <translation>Mae iechyd y gofalwr wedi&apos;i gofnodi fel un nad yw mewn perygl o ddirywio (reg 3(2)(a)), ac aseswyd pob canlyniad yn reg 3(3) heb yr un y mae&apos;r gofalwr yn methu â&apos;i gyflawni (reg 3(2)(b)).</translation>
    </message>
    <message>
        <source>A rationale is required for the eligibility decision.</source>
        <translation>Mae angen rhesymeg ar gyfer y penderfyniad ar gymhwysedd.</translation>
    </message>
</context>
<context>
    <name>hearth::EligibilityPage</name>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Heb ei benderfynu eto</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>cymwys</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>ddim yn gymwys</translation>
    </message>
    <message>
        <source>not yet determined</source>
        <translation>heb ei benderfynu eto</translation>
    </message>
    <message>
        <source>Needs arise from providing necessary care</source>
        <translation>Anghenion yn codi o ddarparu gofal angenrheidiol</translation>
    </message>
    <message>
        <source>Needs arise from an impairment or illness</source>
        <translation>Anghenion yn codi o nam neu salwch</translation>
    </message>
    <message>
        <source>Health at risk, or unable to achieve one or more outcomes</source>
        <translation>Iechyd mewn perygl, neu fethu â chyflawni un neu ragor o ganlyniadau</translation>
    </message>
    <message>
        <source>Unable to achieve two or more outcomes</source>
        <translation>Methu â chyflawni dau neu ragor o ganlyniadau</translation>
    </message>
    <message>
        <source>Significant impact on the carer&apos;s wellbeing</source>
        <translation>Effaith sylweddol ar lesiant y gofalwr</translation>
    </message>
    <message>
        <source>Significant impact on wellbeing</source>
        <translation>Effaith sylweddol ar lesiant</translation>
    </message>
    <message>
        <source>Care Act 2014 %1</source>
        <translation>Care Act 2014 %1</translation>
    </message>
    <message>
        <source>Choose Eligible or Not eligible first. Nothing was recorded.</source>
        <translation>Dewiswch Cymwys neu Ddim yn gymwys yn gyntaf. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>Write your rationale first: a decision is recorded only with the reasons for it. Nothing was recorded.</source>
        <translation>Ysgrifennwch eich rhesymeg yn gyntaf: dim ond gyda&apos;r rhesymau drosto y caiff penderfyniad ei gofnodi. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>Care and Support (Eligibility Criteria) Regulations 2015, %1</source>
        <translation>Care and Support (Eligibility Criteria) Regulations 2015, %1</translation>
    </message>
    <message>
        <source>(a) The carer&apos;s needs arise as a consequence of prov&amp;iding necessary care for an adult:</source>
        <translation>(a) Mae anghenion y gofalwr yn codi o ganlyniad i ddarparu &amp;gofal angenrheidiol i oedolyn:</translation>
    </message>
    <message>
        <source>Condition (a): the carer provides necessary care for an adult</source>
        <translation>Amod (a): mae&apos;r gofalwr yn darparu gofal angenrheidiol i oedolyn</translation>
    </message>
    <message>
        <source>(c) As a consequence there is, or is likely to be, a &amp;significant impact on the carer&apos;s wellbeing:</source>
        <translation>(c) O ganlyniad, mae, neu mae&apos;n debygol y bydd, effaith &amp;sylweddol ar lesiant y gofalwr:</translation>
    </message>
    <message>
        <source>What Hearth proposes (reg 3, a carer&apos;s needs)</source>
        <translation>Beth mae Hearth yn ei gynnig (reg 3, anghenion gofalwr)</translation>
    </message>
    <message>
        <source>(a) The needs arise from or are related to a physical or mental &amp;impairment or illness:</source>
        <translation>(a) Mae&apos;r anghenion yn codi o, neu&apos;n gysylltiedig â, &amp;nam neu salwch corfforol neu feddyliol:</translation>
    </message>
    <message>
        <source>Condition (a): the needs arise from an impairment or illness</source>
        <translation>Amod (a): mae&apos;r anghenion yn codi o nam neu salwch</translation>
    </message>
    <message>
        <source>(c) As a consequence there is, or is likely to be, a &amp;significant impact on wellbeing:</source>
        <translation>(c) O ganlyniad, mae, neu mae&apos;n debygol y bydd, effaith &amp;sylweddol ar lesiant:</translation>
    </message>
    <message>
        <source>What Hearth proposes (reg 2, an adult&apos;s needs)</source>
        <translation>Beth mae Hearth yn ei gynnig (reg 2, anghenion oedolyn)</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Cynnig: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3). %4</source>
        <translation>%1: %2 (%3). %4</translation>
    </message>
    <message>
        <source>Outcomes the carer is unable to achieve</source>
        <translation>Canlyniadau y mae&apos;r gofalwr yn methu â&apos;u cyflawni</translation>
    </message>
    <message>
        <source>Outcomes the person is unable to achieve</source>
        <translation>Canlyniadau y mae&apos;r person yn methu â&apos;u cyflawni</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Dim wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Eligibility proposal: %1</source>
        <translation>Cynnig ar gymhwysedd: %1</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Dim penderfyniad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Decision recorded by %1 on %2: the needs are %3.</source>
        <translation>Penderfyniad wedi&apos;i gofnodi gan %1 ar %2. Yr anghenion: %3.</translation>
    </message>
    <message>
        <source>Decision recorded on %1: the needs are %2.</source>
        <translation>Penderfyniad wedi&apos;i gofnodi ar %1. Yr anghenion: %2.</translation>
    </message>
    <message>
        <source>Decision recorded: the needs are %1.</source>
        <translation>Penderfyniad wedi&apos;i gofnodi. Yr anghenion: %1.</translation>
    </message>
    <message>
        <source>You have now chosen &quot;%1&quot;: press Record decision to record the change.</source>
        <translation>Rydych bellach wedi dewis &quot;%1&quot;: pwyswch Cofnodi&apos;r penderfyniad i gofnodi&apos;r newid.</translation>
    </message>
    <message>
        <source>that the needs are eligible</source>
        <translation>bod yr anghenion yn gymwys</translation>
    </message>
    <message>
        <source>not to find the needs eligible, because not all three conditions were shown to be met</source>
        <translation>peidio â chanfod bod yr anghenion yn gymwys, am na ddangoswyd bod pob un o&apos;r tri amod wedi&apos;u bodloni</translation>
    </message>
    <message>
        <source>Your decision departs from the proposal: the proposal was %1, and you decided the needs are %2. Your rationale records why.</source>
        <translation>Mae eich penderfyniad yn gwyro oddi wrth y cynnig: y cynnig oedd %1, a&apos;ch penderfyniad chi am yr anghenion oedd: %2. Mae eich rhesymeg yn cofnodi pam.</translation>
    </message>
    <message>
        <source>The findings have changed since your decision, and the proposal now differs from it: the proposal is now %1, and your decision is that the needs are %2. Look again at your decision and record it again if it should change.</source>
        <translation>Mae&apos;r canfyddiadau wedi newid ers eich penderfyniad, ac mae&apos;r cynnig bellach yn wahanol iddo: y cynnig nawr yw: %1, a&apos;ch penderfyniad chi am yr anghenion yw: %2. Edrychwch eto ar eich penderfyniad, a&apos;i gofnodi eto os dylai newid.</translation>
    </message>
    <message>
        <source>The findings have changed since your decision: the proposal is now %1, which agrees with your decision.</source>
        <translation>Mae&apos;r canfyddiadau wedi newid ers eich penderfyniad: y cynnig nawr yw: %1, sy&apos;n cytuno â&apos;ch penderfyniad.</translation>
    </message>
</context>
<context>
    <name>hearth::FinalisePage</name>
    <message>
        <source>Finalise the assessment</source>
        <translation>Cwblhau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Cwblhau</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Not finalised: fix the checks marked “Must fix” first.</source>
        <translation>Heb ei gwblhau: trwsiwch y gwiriadau sydd wedi&apos;u marcio “Rhaid trwsio” yn gyntaf.</translation>
    </message>
    <message>
        <source>Finalise the assessment of %1?</source>
        <translation>Cwblhau asesiad %1?</translation>
    </message>
    <message>
        <source>It becomes read-only: a later change starts a new version of it.</source>
        <translation>Bydd yn troi&apos;n ddarllen yn unig: bydd newid diweddarach yn dechrau fersiwn newydd ohono.</translation>
    </message>
    <message>
        <source>One check is still worth a look; it does not stop you finalising.</source>
        <translation>Mae&apos;n werth edrych ar un gwiriad o hyd; nid yw&apos;n eich atal rhag cwblhau.</translation>
    </message>
    <message>
        <source>%1 checks are still worth a look; they do not stop you finalising.</source>
        <translation>Mae&apos;n werth edrych ar %1 gwiriad o hyd; nid ydynt yn eich atal rhag cwblhau.</translation>
    </message>
    <message>
        <source>The assessment was not finalised. %1</source>
        <translation>Ni chafodd yr asesiad ei gwblhau. %1</translation>
    </message>
    <message>
        <source>No new version was started. %1</source>
        <translation>Ni ddechreuwyd fersiwn newydd. %1</translation>
    </message>
    <message>
        <source>Printed and left with them</source>
        <translation>Wedi&apos;i argraffu a&apos;i adael gyda nhw</translation>
    </message>
    <message>
        <source>Posted to them</source>
        <translation>Wedi&apos;i bostio atyn nhw</translation>
    </message>
    <message>
        <source>Emailed to them</source>
        <translation>Wedi&apos;i e-bostio atyn nhw</translation>
    </message>
    <message>
        <source>Read through with them</source>
        <translation>Wedi&apos;i ddarllen drwyddo gyda nhw</translation>
    </message>
    <message>
        <source>Ways of sharing the draft</source>
        <translation>Ffyrdd o rannu&apos;r drafft</translation>
    </message>
    <message>
        <source>Printed, posted, emailed, read through with them…</source>
        <translation>Wedi&apos;i argraffu, ei bostio, ei e-bostio, ei ddarllen gyda nhw…</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>The draft was shared with %1 on %2.</source>
        <translation>Rhannwyd y drafft â %1 ar %2.</translation>
    </message>
    <message>
        <source>The draft was shared with %1; the date is not recorded.</source>
        <translation>Rhannwyd y drafft â %1; nid yw&apos;r dyddiad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Sut: %1.</translation>
    </message>
    <message>
        <source>It can still be changed before it is finalised. Record what %1 said about it.</source>
        <translation>Mae modd ei newid o hyd cyn iddo gael ei gwblhau. Cofnodwch beth ddywedodd %1 amdano.</translation>
    </message>
    <message>
        <source>The draft was not recorded as shared with %1 before it was finalised.</source>
        <translation>Ni chofnodwyd bod y drafft wedi&apos;i rannu â %1 cyn iddo gael ei gwblhau.</translation>
    </message>
    <message>
        <source>Not shared with %1 yet. Share the draft so that they can say what they think before it is finalised; it can still be changed afterwards.</source>
        <translation>Heb ei rannu â %1 eto. Rhannwch y drafft er mwyn iddynt allu dweud beth maen nhw&apos;n ei feddwl cyn iddo gael ei gwblhau; mae modd ei newid wedyn o hyd.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Dim byd ar goll.</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Cam %1, %2</translation>
    </message>
    <message>
        <source>✗ Must fix — %1: %2</source>
        <translation>✗ Rhaid trwsio — %1: %2</translation>
    </message>
    <message>
        <source>! Check — %1: %2</source>
        <translation>! Gwirio — %1: %2</translation>
    </message>
    <message>
        <source>Must fix before finalising, %1: %2</source>
        <translation>Rhaid trwsio cyn cwblhau, %1: %2</translation>
    </message>
    <message>
        <source>To check, does not block, %1: %2</source>
        <translation>I&apos;w wirio, nid yw&apos;n rhwystro, %1: %2</translation>
    </message>
    <message>
        <source>Go to %1 (Enter)</source>
        <translation>Mynd i %1 (Enter)</translation>
    </message>
    <message>
        <source>Nothing must be fixed; %1 to check.</source>
        <translation>Dim byd i&apos;w drwsio; %1 i&apos;w gwirio.</translation>
    </message>
    <message>
        <source>%1 must be fixed before finalising; %2 to check.</source>
        <translation>Rhaid trwsio %1 cyn cwblhau; %2 i&apos;w gwirio.</translation>
    </message>
    <message>
        <source>%1 Press Enter on a check to go to its step.</source>
        <translation>%1 Pwyswch Enter ar wiriad i fynd i&apos;w gam.</translation>
    </message>
    <message>
        <source>Finalised on %1. The assessment is read-only: to change anything, start a new version.</source>
        <translation>Cwblhawyd ar %1. Mae&apos;r asesiad yn ddarllen yn unig: i newid unrhyw beth, dechreuwch fersiwn newydd.</translation>
    </message>
    <message>
        <source>Finalised. The assessment is read-only: to change anything, start a new version.</source>
        <translation>Wedi&apos;i gwblhau. Mae&apos;r asesiad yn ddarllen yn unig: i newid unrhyw beth, dechreuwch fersiwn newydd.</translation>
    </message>
    <message>
        <source>Finalising is blocked: one check marked “Must fix” above must be fixed first.</source>
        <translation>Ni ellir cwblhau: rhaid trwsio un gwiriad uchod sydd wedi&apos;i farcio “Rhaid trwsio” yn gyntaf.</translation>
    </message>
    <message>
        <source>Finalising is blocked: %1 checks marked “Must fix” above must be fixed first.</source>
        <translation>Ni ellir cwblhau: rhaid trwsio %1 gwiriad uchod sydd wedi&apos;u marcio “Rhaid trwsio” yn gyntaf.</translation>
    </message>
    <message>
        <source>Ready to finalise. One check above is worth a look first; it does not block finalising.</source>
        <translation>Yn barod i&apos;w gwblhau. Mae&apos;n werth edrych ar un gwiriad uchod yn gyntaf; nid yw&apos;n rhwystro cwblhau.</translation>
    </message>
    <message>
        <source>Ready to finalise. %1 checks above are worth a look first; they do not block finalising.</source>
        <translation>Yn barod i&apos;w gwblhau. Mae&apos;n werth edrych ar %1 gwiriad uchod yn gyntaf; nid ydynt yn rhwystro cwblhau.</translation>
    </message>
    <message>
        <source>Ready to finalise: nothing is missing.</source>
        <translation>Yn barod i&apos;w gwblhau: does dim byd ar goll.</translation>
    </message>
</context>
<context>
    <name>hearth::FirstRunDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>Creates your encrypted store and opens your caseload.</source>
        <translation>Yn creu eich storfa wedi&apos;i hamgryptio ac yn agor eich llwyth achosion.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>How hard the passphrase would be to guess.</source>
        <translation>Pa mor anodd fyddai dyfalu&apos;r cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters (%2 so far).</source>
        <translation>Mae angen o leiaf %1 nod yn y cyfrinymadrodd (%2 hyd yma).</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yn cyfateb.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Cryfder y cyfrinymadrodd: %1</translation>
    </message>
    <message>
        <source>Hearth could not create your store: %1</source>
        <translation>Ni allai Hearth greu eich storfa: %1</translation>
    </message>
</context>
<context>
    <name>hearth::KeyFile</name>
    <message>
        <source>The key file %1 is damaged (%2).</source>
        <translation>Mae&apos;r ffeil allwedd %1 wedi&apos;i difrodi (%2).</translation>
    </message>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>Nid oes digon o gof i ddal allwedd.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>Nid oes digon o gof i ddeillio&apos;r allwedd o&apos;r cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The passphrase is not right for this store.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn gywir ar gyfer y storfa hon.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. The store cannot be opened without it: put it back beside the store, or ask the office to recover it.</source>
        <translation>Mae&apos;r ffeil allwedd %1 ar goll. Ni ellir agor y storfa hebddi: rhowch hi&apos;n ôl wrth ymyl y storfa, neu gofynnwch i&apos;r swyddfa ei hadfer.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Ni allai&apos;r llyfrgell amgryptio gychwyn.</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>Ni ellid ysgrifennu&apos;r ffeil allwedd %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Ni ellid darllen y ffeil allwedd %1: %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>rhy fawr</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>nid yw&apos;n JSON</translation>
    </message>
    <message>
        <source>not a Hearth key file</source>
        <translation>nid yw&apos;n ffeil allwedd Hearth</translation>
    </message>
    <message>
        <source>The key file %1 was made by a newer version of Hearth (key file version %2). Update Hearth to open it.</source>
        <translation>Crëwyd y ffeil allwedd %1 gan fersiwn fwy newydd o Hearth (fersiwn ffeil allwedd %2). Diweddarwch Hearth i&apos;w hagor.</translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation>algorithm anhysbys</translation>
    </message>
    <message>
        <source>wrong field sizes</source>
        <translation>meintiau meysydd anghywir</translation>
    </message>
    <message>
        <source>key derivation limits out of range</source>
        <translation>terfynau deillio&apos;r allwedd y tu allan i&apos;r amrediad</translation>
    </message>
</context>
<context>
    <name>hearth::MainWindow</name>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 o bobl</translation>
    </message>
    <message>
        <source>Hearth — %1</source>
        <translation>Hearth — %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Storfa: %1</translation>
    </message>
    <message>
        <source>Hearth could not read your caseload: %1</source>
        <translation>Ni allai Hearth ddarllen eich llwyth achosion: %1</translation>
    </message>
    <message>
        <source>No one on your caseload yet.

Import a case file with hearth-cli import-case and the people in it will appear here.</source>
        <translation>Nid oes neb ar eich llwyth achosion eto.

Mewnforiwch ffeil achos gyda hearth-cli import-case a bydd y bobl sydd ynddi yn ymddangos yma.</translation>
    </message>
    <message>
        <source>No one on your caseload matches “%1”.</source>
        <translation>Nid oes neb ar eich llwyth achosion yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Cannot open this person</source>
        <translation>Methu agor cofnod y person hwn</translation>
    </message>
    <message>
        <source>%1, %2.pdf</source>
        <translation>%1, %2.pdf</translation>
    </message>
    <message>
        <source>Easy read plan for %1, %2.pdf</source>
        <translation>Cynllun hawdd ei ddeall i %1, %2.pdf</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>C&amp;ysoni</translation>
    </message>
    <message>
        <source>&amp;Enrol with the office…</source>
        <translation>&amp;Cofrestru gyda&apos;r swyddfa…</translation>
    </message>
    <message>
        <source>Enrol this laptop with the office&apos;s public key, and save this laptop&apos;s key for the office</source>
        <translation>Cofrestru&apos;r gliniadur hwn gydag allwedd gyhoeddus y swyddfa, a chadw allwedd y gliniadur hwn ar gyfer y swyddfa</translation>
    </message>
    <message>
        <source>End of &amp;day: create sync bundle…</source>
        <translation>Diwedd y &amp;dydd: creu bwndel cysoni…</translation>
    </message>
    <message>
        <source>Save everything changed since the office&apos;s last receipt in one encrypted bundle for the office</source>
        <translation>Cadw popeth a newidiwyd ers derbynneb olaf y swyddfa mewn un bwndel wedi&apos;i amgryptio ar gyfer y swyddfa</translation>
    </message>
    <message>
        <source>&amp;Read office receipt…</source>
        <translation>Da&amp;rllen derbynneb y swyddfa…</translation>
    </message>
    <message>
        <source>Read the receipt the office sent back for a bundle</source>
        <translation>Darllen y dderbynneb a anfonodd y swyddfa yn ôl ar gyfer bwndel</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Hearth could not save the assessment, so it is staying open: %1</source>
        <translation>Ni allai Hearth gadw&apos;r asesiad, felly mae&apos;n aros ar agor: %1</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Ynglŷn â Hearth</translation>
    </message>
    <message>
        <source>Hearth %1</source>
        <translation>Hearth %1</translation>
    </message>
    <message>
        <source>Offline, strengths-based Care Act 2014 assessments for adult social care.

Your records stay encrypted on this laptop until you send them to the office.</source>
        <translation>Asesiadau Care Act 2014 all-lein, yn seiliedig ar gryfderau, ar gyfer gofal cymdeithasol i oedolion.

Mae eich cofnodion yn aros wedi&apos;u hamgryptio ar y gliniadur hwn nes i chi eu hanfon i&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Dewiswyd %1</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
    <message>
        <source>Caseload columns</source>
        <translation>Colofnau&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Caseload rows</source>
        <translation>Rhesi&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Rhagor o ddewislenni</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Dewis y cyfan</translation>
    </message>
    <message>
        <source>Hearth will speak %1 the next time it starts.</source>
        <translation>Bydd Hearth yn defnyddio %1 y tro nesaf y bydd yn cychwyn.</translation>
    </message>
</context>
<context>
    <name>hearth::NeedsPage</name>
    <message>
        <source>New need, not described yet</source>
        <translation>Angen newydd, heb ei ddisgrifio eto</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>Not at risk</source>
        <translation>Ddim mewn perygl</translation>
    </message>
    <message>
        <source>At risk of deteriorating</source>
        <translation>Mewn perygl o ddirywio</translation>
    </message>
    <message>
        <source>Deteriorating</source>
        <translation>Yn dirywio</translation>
    </message>
    <message>
        <source>The carer %1</source>
        <translation>Mae&apos;r gofalwr %1</translation>
    </message>
    <message>
        <source>The person %1</source>
        <translation>Mae&apos;r person %1</translation>
    </message>
    <message>
        <source>Care and Support (Eligibility Criteria) Regulations 2015, %1</source>
        <translation>Care and Support (Eligibility Criteria) Regulations 2015, %1</translation>
    </message>
    <message>
        <source>On bad days: %1</source>
        <translation>Ar ddiwrnodau gwael: %1</translation>
    </message>
    <message>
        <source>The carer&apos;s outcomes (reg 3(3))</source>
        <translation>Canlyniadau&apos;r gofalwr (reg 3(3))</translation>
    </message>
    <message>
        <source>Specified outcomes (reg 2(2))</source>
        <translation>Canlyniadau penodedig (reg 2(2))</translation>
    </message>
    <message>
        <source>How the carer is unable to achieve it (reg 3(4)): tick all that apply</source>
        <translation>Sut mae&apos;r gofalwr yn methu â&apos;i gyflawni (reg 3(4)): ticiwch bob un sy&apos;n berthnasol</translation>
    </message>
    <message>
        <source>How the person is unable to achieve it (reg 2(3)): tick all that apply</source>
        <translation>Sut mae&apos;r person yn methu â&apos;i gyflawni (reg 2(3)): ticiwch bob un sy&apos;n berthnasol</translation>
    </message>
    <message>
        <source>On bad days (reg 3(5)): tick all that apply</source>
        <translation>Ar ddiwrnodau gwael (reg 3(5)): ticiwch bob un sy&apos;n berthnasol</translation>
    </message>
    <message>
        <source>On bad days (reg 2(4)): tick all that apply</source>
        <translation>Ar ddiwrnodau gwael (reg 2(4)): ticiwch bob un sy&apos;n berthnasol</translation>
    </message>
    <message>
        <source>Fluctuating needs (reg 3(5))</source>
        <translation>Anghenion sy&apos;n amrywio (reg 3(5))</translation>
    </message>
    <message>
        <source>Fluctuating needs (reg 2(4))</source>
        <translation>Anghenion sy&apos;n amrywio (reg 2(4))</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>heb ei asesu eto</translation>
    </message>
    <message>
        <source>achievable</source>
        <translation>gellir ei gyflawni</translation>
    </message>
    <message>
        <source>unable to achieve</source>
        <translation>methu â chyflawni</translation>
    </message>
    <message>
        <source>unable to achieve: how, and the evidence, still to record</source>
        <translation>methu â chyflawni: sut, a&apos;r dystiolaeth, i&apos;w cofnodi o hyd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tick how it cannot be achieved, and write the evidence: an outcome counts towards eligibility only with both.</source>
        <translation>Ticiwch sut na ellir ei gyflawni, ac ysgrifennwch y dystiolaeth: dim ond gyda&apos;r ddau y mae canlyniad yn cyfrif tuag at gymhwysedd.</translation>
    </message>
    <message>
        <source>Tick how it cannot be achieved: an outcome counts towards eligibility only when at least one meaning of &quot;unable&quot; applies.</source>
        <translation>Ticiwch sut na ellir ei gyflawni: dim ond pan fo o leiaf un ystyr o &quot;methu&quot; yn berthnasol y mae canlyniad yn cyfrif tuag at gymhwysedd.</translation>
    </message>
    <message>
        <source>Write the evidence: what you saw, and what the person and others told you.</source>
        <translation>Ysgrifennwch y dystiolaeth: yr hyn a welsoch, a&apos;r hyn a ddywedodd y person ac eraill wrthych.</translation>
    </message>
    <message>
        <source>Care Act 2014 %1</source>
        <translation>Care Act 2014 %1</translation>
    </message>
</context>
<context>
    <name>hearth::PdfPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFFT</translation>
    </message>
    <message>
        <source>There was nothing to print.</source>
        <translation>Nid oedd dim i&apos;w argraffu.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Nid oedd modd dechrau&apos;r PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be given a new page.</source>
        <translation>Nid oedd modd rhoi tudalen newydd i&apos;r PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Nid oedd modd gorffen y PDF.</translation>
    </message>
</context>
<context>
    <name>hearth::PlainLanguage</name>
    <message>
        <source>This</source>
        <extracomment>Replaces &quot;which&quot; when a long sentence is split in two: &quot;..., which costs £5&quot; -&gt; &quot;... . This costs £5&quot;.</extracomment>
        <translation>This</translation>
    </message>
    <message>
        <source>This is</source>
        <extracomment>Replaces &quot;because&quot; when a long sentence is split in two: &quot;... because she works&quot; -&gt; &quot;... . This is because she works&quot;.</extracomment>
        <translation>This is</translation>
    </message>
    <message>
        <source>This sentence has %1 words. Easy read keeps to %2 or fewer: split it into two.</source>
        <translation>Mae gan y frawddeg hon %1 gair. Mewn fersiwn hawdd ei ddeall, mae gan frawddeg %2 gair neu lai: rhannwch hi&apos;n ddwy.</translation>
    </message>
    <message>
        <source>“%1” is initials. Easy read uses no initials: use everyday words instead.</source>
        <translation>Blaenlythrennau yw “%1”. Nid yw fersiwn hawdd ei ddeall yn defnyddio blaenlythrennau: defnyddiwch eiriau bob dydd yn eu lle.</translation>
    </message>
    <message>
        <source>“%1” is a word services use. Easy read uses everyday words instead.</source>
        <translation>Mae “%1” yn air y mae gwasanaethau&apos;n ei ddefnyddio. Mae fersiwn hawdd ei ddeall yn defnyddio geiriau bob dydd yn lle hynny.</translation>
    </message>
    <message>
        <source>“%1” is initials. Easy read uses no initials: write the words out in full.</source>
        <translation>Blaenlythrennau yw “%1”. Nid yw fersiwn hawdd ei ddeall yn defnyddio blaenlythrennau: ysgrifennwch y geiriau&apos;n llawn.</translation>
    </message>
    <message>
        <source>“%1” is a long word. Easy read uses short everyday words: try a shorter one.</source>
        <translation>Mae “%1” yn air hir. Mae fersiwn hawdd ei ddeall yn defnyddio geiriau byr bob dydd: rhowch gynnig ar un byrrach.</translation>
    </message>
</context>
<context>
    <name>hearth::PlainLanguageDialog</name>
    <message>
        <source>Say “%1” instead.</source>
        <translation>Dywedwch “%1” yn lle hynny.</translation>
    </message>
    <message>
        <source>Perhaps: %1</source>
        <translation>Efallai: %1</translation>
    </message>
    <message>
        <source>Step %1, %2 — %3</source>
        <translation>Cam %1, %2 — %3</translation>
    </message>
    <message>
        <source>The easy read for %1 uses your words as you wrote them, and one thing in them may be hard to read.</source>
        <translation>Mae&apos;r fersiwn hawdd ei ddeall ar gyfer %1 yn defnyddio eich geiriau fel y gwnaethoch eu hysgrifennu, ac efallai fod un peth ynddynt yn anodd ei ddarllen.</translation>
    </message>
    <message>
        <source>The easy read for %1 uses your words as you wrote them, and %2 things in them may be hard to read.</source>
        <translation>Mae&apos;r fersiwn hawdd ei ddeall ar gyfer %1 yn defnyddio eich geiriau fel y gwnaethoch eu hysgrifennu, ac efallai fod %2 peth ynddynt yn anodd eu darllen.</translation>
    </message>
    <message>
        <source>Go to the step to change the words, or print the easy read as it is.</source>
        <translation>Ewch i&apos;r cam i newid y geiriau, neu argraffwch y fersiwn hawdd ei ddeall fel y mae.</translation>
    </message>
</context>
<context>
    <name>hearth::PlanPage</name>
    <message>
        <source>A need not described yet</source>
        <translation>Angen heb ei ddisgrifio eto</translation>
    </message>
    <message>
        <source>their own strengths</source>
        <translation>cryfderau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>family, friends or neighbours</source>
        <translation>teulu, ffrindiau neu gymdogion</translation>
    </message>
    <message>
        <source>community groups or services</source>
        <translation>grwpiau neu wasanaethau cymunedol</translation>
    </message>
    <message>
        <source>the council</source>
        <translation>y cyngor</translation>
    </message>
    <message>
        <source>nobody: not met</source>
        <translation>neb: heb ei ddiwallu</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>heb benderfynu eto</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 pwynt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pwynt</translation>
    </message>
    <message>
        <source>“%1” is less than nothing: an amount is £0.00 or more.</source>
        <translation>Mae “%1” yn llai na dim: mae swm yn £0.00 neu fwy.</translation>
    </message>
    <message>
        <source>“%1” has more than two figures after the point: write pounds and pence, like 174.50.</source>
        <translation>Mae gan “%1” fwy na dau ddigid ar ôl y pwynt degol: ysgrifennwch bunnoedd a cheiniogau, fel 174.50.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money: write pounds and pence, like 174.50.</source>
        <translation>Nid yw “%1” yn swm o arian: ysgrifennwch bunnoedd a cheiniogau, fel 174.50.</translation>
    </message>
    <message>
        <source>“%1” is more than £1,000,000: check the amount.</source>
        <translation>Mae “%1” yn fwy na £1,000,000: gwiriwch y swm.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Bob wythnos</translation>
    </message>
    <message>
        <source>Every four weeks</source>
        <translation>Bob pedair wythnos</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Bob mis</translation>
    </message>
    <message>
        <source>the outcomes the person wants</source>
        <translation>y canlyniadau y mae&apos;r person eu heisiau</translation>
    </message>
    <message>
        <source>information and advice</source>
        <translation>gwybodaeth a chyngor</translation>
    </message>
    <message>
        <source>advice for needs that are not eligible</source>
        <translation>cyngor ar anghenion nad ydynt yn gymwys</translation>
    </message>
    <message>
        <source>how the unmet needs will be met</source>
        <translation>sut y bydd yr anghenion heb eu diwallu yn cael eu diwallu</translation>
    </message>
    <message>
        <source>what is important to the person</source>
        <translation>beth sy&apos;n bwysig i&apos;r person</translation>
    </message>
    <message>
        <source>what is important for the person</source>
        <translation>beth sy&apos;n bwysig ar gyfer y person</translation>
    </message>
    <message>
        <source>how risks will be managed</source>
        <translation>sut y bydd risgiau&apos;n cael eu rheoli</translation>
    </message>
    <message>
        <source>the contingency plan</source>
        <translation>y cynllun wrth gefn</translation>
    </message>
    <message>
        <source>decisions and control</source>
        <translation>penderfyniadau a rheolaeth</translation>
    </message>
    <message>
        <source>the review dates</source>
        <translation>dyddiadau&apos;r adolygiadau</translation>
    </message>
    <message>
        <source>Nothing to fill: the assessment has nothing more for the empty parts, and what you wrote is kept.</source>
        <translation>Dim byd i&apos;w lenwi: nid oes gan yr asesiad ddim mwy ar gyfer y rhannau gwag, ac mae&apos;r hyn a ysgrifennoch wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Filled %1 from the assessment. What you wrote is kept.</source>
        <translation>Llenwyd o&apos;r asesiad: %1. Mae&apos;r hyn a ysgrifennoch wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Hearth could not record the calculation in the audit log, so it is not stored: %1</source>
        <translation>Ni allai Hearth gofnodi&apos;r cyfrifiad yn y log archwilio, felly nid yw wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <source>Calculated from %1, version %2, and recorded in the audit log.</source>
        <translation>Cyfrifwyd o %1, fersiwn %2, a chofnodwyd yn y log archwilio.</translation>
    </message>
    <message>
        <source>A calculation now uses %1, version %2: the illustrative table Hearth ships, not a council&apos;s own. A council loads its own table in Settings (Ctrl+,).</source>
        <translation>Bydd cyfrifiad nawr yn defnyddio %1, fersiwn %2: y tabl enghreifftiol sy&apos;n dod gyda Hearth, nid tabl cyngor ei hun. Mae cyngor yn llwytho ei dabl ei hun yn y Gosodiadau (Ctrl+,).</translation>
    </message>
    <message>
        <source>A calculation now uses the council&apos;s table: %1, version %2.</source>
        <translation>Bydd cyfrifiad nawr yn defnyddio tabl y cyngor: %1, fersiwn %2.</translation>
    </message>
    <message>
        <source>No indicative budget is calculated yet.</source>
        <translation>Nid oes cyllideb ddangosol wedi&apos;i chyfrifo eto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicative budget: %1 a week&lt;/b&gt;, %2 a year (%3 weeks).</source>
        <translation>&lt;b&gt;Cyllideb ddangosol: %1 yr wythnos&lt;/b&gt;, %2 y flwyddyn (%3 wythnos).</translation>
    </message>
    <message>
        <source>%1 from %2, version %3.</source>
        <translation>%1 o %2, fersiwn %3.</translation>
    </message>
    <message>
        <source>From %1, version %2.</source>
        <translation>O %1, fersiwn %2.</translation>
    </message>
    <message>
        <source>The assessment or the table has changed since this figure was calculated, so how it was worked out cannot be shown. Calculate again to see it line by line; until then the figure stored is kept as it is.</source>
        <translation>Mae&apos;r asesiad neu&apos;r tabl wedi newid ers cyfrifo&apos;r ffigur hwn, felly ni ellir dangos sut y cafodd ei gyfrifo. Cyfrifwch eto i&apos;w weld fesul llinell; tan hynny, caiff y ffigur sydd wedi&apos;i storio ei gadw fel y mae.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>How it was worked out</source>
        <translation>Sut y cafodd ei chyfrifo</translation>
    </message>
    <message>
        <source>No specified outcome is recorded as one the person is unable to achieve, so there are no points.</source>
        <translation>Nid oes canlyniad penodedig wedi&apos;i gofnodi fel un y mae&apos;r person yn methu â&apos;i gyflawni, felly nid oes pwyntiau.</translation>
    </message>
    <message>
        <source>In all %1 at %2 a point: %3 a week.</source>
        <translation>Yn gyfan gwbl, %1 ar %2 y pwynt: %3 yr wythnos.</translation>
    </message>
    <message>
        <source>Your eligibility decision: the needs are eligible.</source>
        <translation>Eich penderfyniad ar gymhwysedd: mae&apos;r anghenion yn gymwys.</translation>
    </message>
    <message>
        <source>Your eligibility decision: the needs are not eligible.</source>
        <translation>Eich penderfyniad ar gymhwysedd: nid yw&apos;r anghenion yn gymwys.</translation>
    </message>
    <message>
        <source>No eligibility decision is recorded yet. The proposal is that the needs are eligible, so this follows the proposal.</source>
        <translation>Nid oes penderfyniad ar gymhwysedd wedi&apos;i gofnodi eto. Y cynnig yw bod yr anghenion yn gymwys, felly mae hyn yn dilyn y cynnig.</translation>
    </message>
    <message>
        <source>No eligibility decision is recorded yet. The proposal is that the needs are not eligible, so this follows the proposal.</source>
        <translation>Nid oes penderfyniad ar gymhwysedd wedi&apos;i gofnodi eto. Y cynnig yw nad yw&apos;r anghenion yn gymwys, felly mae hyn yn dilyn y cynnig.</translation>
    </message>
    <message>
        <source>No eligibility decision is recorded yet, and the proposal is not yet determined: which needs are eligible is not known yet.</source>
        <translation>Nid oes penderfyniad ar gymhwysedd wedi&apos;i gofnodi eto, ac nid yw&apos;r cynnig wedi&apos;i bennu eto: nid yw&apos;n hysbys eto pa anghenion sy&apos;n gymwys.</translation>
    </message>
    <message>
        <source>not about an outcome the person is unable to achieve (reg 2(1)(b))</source>
        <translation>nid yw&apos;n ymwneud â chanlyniad y mae&apos;r person yn methu â&apos;i gyflawni (reg 2(1)(b))</translation>
    </message>
    <message>
        <source>met by %1. %2</source>
        <translation>pwy sy&apos;n ei ddiwallu: %1. %2</translation>
    </message>
    <message>
        <source>how is not written yet</source>
        <translation>heb ysgrifennu sut eto</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>Eligible needs</source>
        <translation>Anghenion cymwys</translation>
    </message>
    <message>
        <source>Needs that are not eligible</source>
        <translation>Anghenion nad ydynt yn gymwys</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Anghenion a nodwyd</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Dim wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Needs met by the person&apos;s own strengths and network</source>
        <translation>Anghenion a ddiwellir gan gryfderau a rhwydwaith y person ei hun</translation>
    </message>
    <message>
        <source>Unmet eligible needs the council will meet, and how</source>
        <translation>Anghenion cymwys heb eu diwallu y bydd y cyngor yn eu diwallu, a sut</translation>
    </message>
    <message>
        <source>Eligible needs with nobody yet to meet them</source>
        <translation>Anghenion cymwys heb neb eto i&apos;w diwallu</translation>
    </message>
    <message>
        <source>present at the visit</source>
        <translation>yn bresennol yn yr ymweliad</translation>
    </message>
    <message>
        <source>consulted</source>
        <translation>ymgynghorwyd</translation>
    </message>
    <message>
        <source>Someone not named</source>
        <translation>Rhywun heb ei enwi</translation>
    </message>
    <message>
        <source>Nobody is recorded yet as taking part in the assessment.</source>
        <translation>Nid oes neb wedi&apos;i gofnodi eto fel rhywun a gymerodd ran yn yr asesiad.</translation>
    </message>
</context>
<context>
    <name>hearth::PlanPdf</name>
    <message>
        <source>A need not yet described</source>
        <translation>Angen heb ei ddisgrifio eto</translation>
    </message>
    <message>
        <source>by their own strengths</source>
        <translation>gan gryfderau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>by family, friends or neighbours</source>
        <translation>gan deulu, ffrindiau neu gymdogion</translation>
    </message>
    <message>
        <source>by community or universal services</source>
        <translation>gan wasanaethau cymunedol neu gyffredinol</translation>
    </message>
    <message>
        <source>by the council</source>
        <translation>gan y cyngor</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>heb ei ddiwallu</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>heb benderfynu eto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ddim yn hysbys</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Heb ei bennu eto</translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation>Cyllideb bersonol</translation>
    </message>
    <message>
        <source>Indicative budget</source>
        <translation>Cyllideb ddangosol</translation>
    </message>
    <message>
        <source>Worked out with</source>
        <translation>Wedi&apos;i chyfrifo gyda</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>An indicative budget is a starting point for planning, not a decision.</source>
        <translation>Man cychwyn ar gyfer cynllunio yw cyllideb ddangosol, nid penderfyniad.</translation>
    </message>
    <message>
        <source>Illustrative figures: the table Hearth ships is an example, not a council&apos;s own. Do not rely on this amount.</source>
        <translation>Ffigurau enghreifftiol: enghraifft yw&apos;r tabl sy&apos;n dod gyda Hearth, nid tabl y cyngor ei hun. Peidiwch â dibynnu ar y swm hwn.</translation>
    </message>
    <message>
        <source>Confirmed budget</source>
        <translation>Cyllideb wedi&apos;i chadarnhau</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>bob wythnos</translation>
    </message>
    <message>
        <source>every four weeks</source>
        <translation>bob pedair wythnos</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>bob mis</translation>
    </message>
    <message>
        <source>Direct payment</source>
        <translation>Taliad uniongyrchol</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>It covers</source>
        <translation>Mae&apos;n talu am</translation>
    </message>
    <message>
        <source>No personal budget is set yet.</source>
        <translation>Nid oes cyllideb bersonol wedi&apos;i phennu eto.</translation>
    </message>
    <message>
        <source>What matters to %1</source>
        <translation>Beth sy&apos;n bwysig i %1</translation>
    </message>
    <message>
        <source>We asked: “If you could resolve the things that are difficult for you right now, what would change for you?”</source>
        <translation>Gofynnon ni: “Pe gallech chi ddatrys y pethau sy&apos;n anodd i chi ar hyn o bryd, beth fyddai&apos;n newid i chi?”</translation>
    </message>
    <message>
        <source>In %1&apos;s own words</source>
        <translation>Yng ngeiriau %1 ei hun</translation>
    </message>
    <message>
        <source>Not recorded yet in the person&apos;s own words.</source>
        <translation>Heb ei gofnodi eto yng ngeiriau&apos;r person ei hun.</translation>
    </message>
    <message>
        <source>Who %1 is</source>
        <translation>Pwy yw %1</translation>
    </message>
    <message>
        <source>Important to %1</source>
        <translation>Pwysig i %1</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Heb ei gofnodi eto.</translation>
    </message>
    <message>
        <source>Important for %1</source>
        <translation>Pwysig ar gyfer %1</translation>
    </message>
    <message>
        <source>The outcomes %1 wants</source>
        <translation>Y canlyniadau y mae %1 eu heisiau</translation>
    </message>
    <message>
        <source>Strengths and the people around %1</source>
        <translation>Cryfderau a&apos;r bobl o gwmpas %1</translation>
    </message>
    <message>
        <source>No strengths recorded yet.</source>
        <translation>Dim cryfderau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Diddordebau</translation>
    </message>
    <message>
        <source>Willing: %1. Able: %2. Sustainable: %3. Agreed with them: %4.</source>
        <translation>Yn fodlon: %1. Yn gallu: %2. Cynaliadwy: %3. Wedi&apos;i gytuno â nhw: %4.</translation>
    </message>
    <message>
        <source>Provides care; a carer&apos;s assessment was offered.</source>
        <translation>Yn darparu gofal; cynigiwyd asesiad gofalwr.</translation>
    </message>
    <message>
        <source>Provides care; a carer&apos;s assessment is still to be offered.</source>
        <translation>Yn darparu gofal; mae angen cynnig asesiad gofalwr o hyd.</translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation>Ecomap</translation>
    </message>
    <message>
        <source>No family, friends, groups or services recorded yet.</source>
        <translation>Dim teulu, ffrindiau, grwpiau na gwasanaethau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Llesiant</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Pryderon: %1</translation>
    </message>
    <message>
        <source>Wants: %1</source>
        <translation>Dymuniadau: %1</translation>
    </message>
    <message>
        <source>explored, no concerns</source>
        <translation>wedi&apos;i archwilio, dim pryderon</translation>
    </message>
    <message>
        <source>not explored, because %1</source>
        <translation>heb ei archwilio, oherwydd %1</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Anghenion a nodwyd</translation>
    </message>
    <message>
        <source>No needs recorded yet.</source>
        <translation>Dim anghenion wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>About: %1.</source>
        <translation>Yn ymwneud â: %1.</translation>
    </message>
    <message>
        <source>The eligibility determination</source>
        <translation>Y penderfyniad ar gymhwysedd</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Amod</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>The needs are eligible.</source>
        <translation>Mae&apos;r anghenion yn gymwys.</translation>
    </message>
    <message>
        <source>The needs are not eligible.</source>
        <translation>Nid yw&apos;r anghenion yn gymwys.</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>This decision departs from what Hearth proposed from the record. The rationale says why.</source>
        <translation>Mae&apos;r penderfyniad hwn yn wahanol i&apos;r hyn a gynigiodd Hearth ar sail y cofnod. Mae&apos;r rhesymeg yn esbonio pam.</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Dim rhesymeg wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <source>No decision recorded yet. %1</source>
        <translation>Dim penderfyniad wedi&apos;i gofnodi eto. %1</translation>
    </message>
    <message>
        <source>Eligible needs</source>
        <translation>Anghenion cymwys</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <source>Needs that are not eligible</source>
        <translation>Anghenion nad ydynt yn gymwys</translation>
    </message>
    <message>
        <source>Advice for needs that are not eligible</source>
        <translation>Cyngor ar gyfer anghenion nad ydynt yn gymwys</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Heb ei ysgrifennu eto.</translation>
    </message>
    <message>
        <source>Information and advice</source>
        <translation>Gwybodaeth a chyngor</translation>
    </message>
    <message>
        <source>Needs met by %1&apos;s own strengths and network</source>
        <translation>Anghenion a ddiwellir gan gryfderau a rhwydwaith %1 ei hun</translation>
    </message>
    <message>
        <source>Met %1. %2</source>
        <translation>Wedi&apos;i ddiwallu %1. %2</translation>
    </message>
    <message>
        <source>Unmet eligible needs the council will meet, and how</source>
        <translation>Anghenion cymwys heb eu diwallu y bydd y cyngor yn eu diwallu, a sut</translation>
    </message>
    <message>
        <source>Eligible needs not yet met</source>
        <translation>Anghenion cymwys heb eu diwallu eto</translation>
    </message>
    <message>
        <source>Risks and how they will be managed</source>
        <translation>Risgiau a sut y cânt eu rheoli</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>A concern was raised and the procedure followed. %1</source>
        <translation>Codwyd pryder a dilynwyd y weithdrefn. %1</translation>
    </message>
    <message>
        <source>A concern was raised and is not yet recorded as handled.</source>
        <translation>Codwyd pryder, ond nid yw wedi&apos;i gofnodi eto fel un sydd wedi&apos;i drin.</translation>
    </message>
    <message>
        <source>a risk %1 chooses to take</source>
        <translation>risg y mae %1 yn dewis ei chymryd</translation>
    </message>
    <message>
        <source>%1&apos;s view: %2</source>
        <translation>Barn %1: %2</translation>
    </message>
    <message>
        <source>How it is managed: %1</source>
        <translation>Sut y caiff ei rheoli: %1</translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation>Dim risgiau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Agreed with %1</source>
        <translation>Wedi&apos;i gytuno â %1</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <translation>Os aiff pethau o chwith</translation>
    </message>
    <message>
        <source>No contingency plan recorded yet.</source>
        <translation>Dim cynllun wrth gefn wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>How %1 makes decisions and stays in control</source>
        <translation>Sut mae %1 yn gwneud penderfyniadau ac yn cadw rheolaeth</translation>
    </message>
    <message>
        <source>%1&apos;s caring role</source>
        <translation>Rôl ofalu %1</translation>
    </message>
    <message>
        <source>Caring for</source>
        <translation>Yn gofalu am</translation>
    </message>
    <message>
        <source>What the caring involves</source>
        <translation>Beth mae&apos;r gofalu&apos;n ei olygu</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Oriau&apos;r wythnos</translation>
    </message>
    <message>
        <source>Not recorded yet in the carer&apos;s own words.</source>
        <translation>Heb ei gofnodi eto yng ngeiriau&apos;r gofalwr ei hun.</translation>
    </message>
    <message>
        <source>The carer&apos;s needs and outcomes</source>
        <translation>Anghenion a chanlyniadau&apos;r gofalwr</translation>
    </message>
    <message>
        <source>unable to achieve</source>
        <translation>methu â chyflawni</translation>
    </message>
    <message>
        <source>achievable</source>
        <translation>gallu cyflawni</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>heb ei asesu eto</translation>
    </message>
    <message>
        <source>No outcomes recorded yet.</source>
        <translation>Dim canlyniadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>The carer&apos;s health</source>
        <translation>Iechyd y gofalwr</translation>
    </message>
    <message>
        <source>The carer&apos;s needs are eligible.</source>
        <translation>Mae anghenion y gofalwr yn gymwys.</translation>
    </message>
    <message>
        <source>The carer&apos;s needs are not eligible.</source>
        <translation>Nid yw anghenion y gofalwr yn gymwys.</translation>
    </message>
    <message>
        <source>Support for %1</source>
        <translation>Cymorth i %1</translation>
    </message>
    <message>
        <source>If %1 cannot care</source>
        <translation>Os na all %1 ofalu</translation>
    </message>
    <message>
        <source>Who to call in a crisis</source>
        <translation>Pwy i&apos;w ffonio mewn argyfwng</translation>
    </message>
    <message>
        <source>Yes, %1 agrees with it.</source>
        <translation>Ydy, mae %1 yn cytuno ag ef.</translation>
    </message>
    <message>
        <source>No, %1 does not agree with all of it.</source>
        <translation>Nac ydy, nid yw %1 yn cytuno â&apos;r cyfan.</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Ddim yn hysbys eto.</translation>
    </message>
    <message>
        <source>Carer&apos;s support plan for %1</source>
        <translation>Cynllun cymorth gofalwr ar gyfer %1</translation>
    </message>
    <message>
        <source>Care and support plan for %1</source>
        <translation>Cynllun gofal a chymorth ar gyfer %1</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 yr wythnos</translation>
    </message>
    <message>
        <source>what matters, in the person&apos;s own words</source>
        <translation>beth sy&apos;n bwysig, yng ngeiriau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>what happens if the carer cannot care</source>
        <translation>beth sy&apos;n digwydd os na all y gofalwr ofalu</translation>
    </message>
    <message>
        <source>who to call in a crisis</source>
        <translation>pwy i&apos;w ffonio mewn argyfwng</translation>
    </message>
    <message>
        <source>the needs</source>
        <translation>yr anghenion</translation>
    </message>
    <message>
        <source>the outcomes the person wants</source>
        <translation>y canlyniadau y mae&apos;r person eu heisiau</translation>
    </message>
    <message>
        <source>information and advice</source>
        <translation>gwybodaeth a chyngor</translation>
    </message>
    <message>
        <source>a contingency plan</source>
        <translation>cynllun wrth gefn</translation>
    </message>
    <message>
        <source>how the person stays in control</source>
        <translation>sut mae&apos;r person yn cadw rheolaeth</translation>
    </message>
    <message>
        <source>advice for the needs that are not eligible</source>
        <translation>cyngor ar gyfer yr anghenion nad ydynt yn gymwys</translation>
    </message>
    <message>
        <source>the eligibility decision</source>
        <translation>y penderfyniad ar gymhwysedd</translation>
    </message>
    <message>
        <source>the rationale for the decision</source>
        <translation>y rhesymeg dros y penderfyniad</translation>
    </message>
    <message>
        <source>who contributed</source>
        <translation>pwy a gyfrannodd</translation>
    </message>
    <message>
        <source>the review date</source>
        <translation>dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>Carer&apos;s support plan</source>
        <translation>Cynllun cymorth gofalwr</translation>
    </message>
    <message>
        <source>Care and support plan</source>
        <translation>Cynllun gofal a chymorth</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Aseswyd gan</translation>
    </message>
    <message>
        <source>Assessment started</source>
        <translation>Dechreuwyd yr asesiad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Draft, shared with the person</source>
        <translation>Drafft, wedi&apos;i rannu â&apos;r person</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>DRAFT: this plan is not finalised and may still change.</source>
        <translation>DRAFFT: nid yw&apos;r cynllun hwn wedi&apos;i gwblhau a gall newid o hyd.</translation>
    </message>
    <message>
        <source>Incomplete: this plan does not yet record %1.</source>
        <translation>Anghyflawn: nid yw&apos;r cynllun hwn yn cofnodi %1 eto.</translation>
    </message>
    <message>
        <source>Who contributed</source>
        <translation>Pwy a gyfrannodd</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>Neb wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>present at the visit</source>
        <translation>yn bresennol yn yr ymweliad</translation>
    </message>
    <message>
        <source>consulted</source>
        <translation>ymgynghorwyd</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>The review dates are not set yet.</source>
        <translation>Nid yw dyddiadau&apos;r adolygiadau wedi&apos;u pennu eto.</translation>
    </message>
    <message>
        <source>First check on how things are going</source>
        <translation>Gwiriad cyntaf ar sut mae pethau&apos;n mynd</translation>
    </message>
    <message>
        <source>First review</source>
        <translation>Adolygiad cyntaf</translation>
    </message>
    <message>
        <source>Then at least every year, next on</source>
        <translation>Yna o leiaf bob blwyddyn, y nesaf ar</translation>
    </message>
    <message>
        <source>A review can be asked for sooner at any time, or if anything changes.</source>
        <translation>Gellir gofyn am adolygiad yn gynt ar unrhyw adeg, neu os bydd unrhyw beth yn newid.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>Draft shared with %1 on</source>
        <translation>Drafft wedi&apos;i rannu â %1 ar</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>dyddiad heb ei gofnodi</translation>
    </message>
    <message>
        <source>How it was shared</source>
        <translation>Sut y cafodd ei rannu</translation>
    </message>
    <message>
        <source>Whether %1 agrees with the plan</source>
        <translation>A yw %1 yn cytuno â&apos;r cynllun</translation>
    </message>
    <message>
        <source>%1&apos;s comments</source>
        <translation>Sylwadau %1</translation>
    </message>
    <message>
        <source>I have read this plan, or had it read to me, and:</source>
        <translation>Rwyf wedi darllen y cynllun hwn, neu wedi cael ei ddarllen i mi, ac:</translation>
    </message>
    <message>
        <source>I agree with it  /  I do not agree with all of it. My comments:</source>
        <translation>Rwy&apos;n cytuno ag ef  /  Nid wyf yn cytuno â&apos;r cyfan. Fy sylwadau:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Llofnod:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <source>Carer&apos;s support plan under the Care Act 2014, section 25</source>
        <translation>Cynllun cymorth gofalwr o dan Care Act 2014, section 25</translation>
    </message>
    <message>
        <source>Care and support plan under the Care Act 2014, section 25</source>
        <translation>Cynllun gofal a chymorth o dan Care Act 2014, section 25</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Argraffwyd %1</translation>
    </message>
    <message>
        <source>Record %1 · version %2</source>
        <translation>Cofnod %1 · fersiwn %2</translation>
    </message>
</context>
<context>
    <name>hearth::PreventionPage</name>
    <message>
        <source>Information, advice and signposting</source>
        <translation>Gwybodaeth, cyngor a chyfeirio</translation>
    </message>
    <message>
        <source>Universal or community services</source>
        <translation>Gwasanaethau cyffredinol neu gymunedol</translation>
    </message>
    <message>
        <source>Equipment, assistive technology and adaptations</source>
        <translation>Offer, technoleg gynorthwyol ac addasiadau</translation>
    </message>
    <message>
        <source>Short-term enablement (reablement)</source>
        <translation>Galluogi tymor byr (ailalluogi)</translation>
    </message>
    <message>
        <source>The person&apos;s own network: family, friends, neighbours</source>
        <translation>Rhwydwaith y person ei hun: teulu, ffrindiau, cymdogion</translation>
    </message>
    <message>
        <source>A fuller professional assessment (for example OT or health)</source>
        <translation>Asesiad proffesiynol llawnach (er enghraifft therapi galwedigaethol neu iechyd)</translation>
    </message>
    <message>
        <source>Formal, funded support</source>
        <translation>Cymorth ffurfiol wedi&apos;i ariannu</translation>
    </message>
    <message>
        <source>information and advice</source>
        <translation>gwybodaeth a chyngor</translation>
    </message>
    <message>
        <source>universal or community services</source>
        <translation>gwasanaethau cyffredinol neu gymunedol</translation>
    </message>
    <message>
        <source>equipment and adaptations</source>
        <translation>offer ac addasiadau</translation>
    </message>
    <message>
        <source>reablement</source>
        <translation>ailalluogi</translation>
    </message>
    <message>
        <source>the person&apos;s own network</source>
        <translation>rhwydwaith y person ei hun</translation>
    </message>
    <message>
        <source>a fuller professional assessment</source>
        <translation>asesiad proffesiynol llawnach</translation>
    </message>
    <message>
        <source>formal support</source>
        <translation>cymorth ffurfiol</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <source>The person&apos;s own strengths</source>
        <translation>Cryfderau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>Their network: family, friends, neighbours</source>
        <translation>Rhwydwaith y person: teulu, ffrindiau, cymdogion</translation>
    </message>
    <message>
        <source>Community or universal services</source>
        <translation>Gwasanaethau cymunedol neu gyffredinol</translation>
    </message>
    <message>
        <source>The council: formal, funded support</source>
        <translation>Y cyngor: cymorth ffurfiol wedi&apos;i ariannu</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Heb ei ddiwallu</translation>
    </message>
    <message>
        <source>how it is met not yet decided</source>
        <translation>heb benderfynu eto sut y caiff ei ddiwallu</translation>
    </message>
    <message>
        <source>met by the person&apos;s own strengths</source>
        <translation>yn cael ei ddiwallu gan gryfderau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>met by their network</source>
        <translation>yn cael ei ddiwallu gan rwydwaith y person</translation>
    </message>
    <message>
        <source>met by community services</source>
        <translation>yn cael ei ddiwallu gan wasanaethau cymunedol</translation>
    </message>
    <message>
        <source>met by the council</source>
        <translation>yn cael ei ddiwallu gan y cyngor</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>heb ei ddiwallu</translation>
    </message>
    <message>
        <source>A need not yet described</source>
        <translation>Angen heb ei ddisgrifio eto</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: verdict</source>
        <translation>%1: dyfarniad</translation>
    </message>
    <message>
        <source>Not considered yet</source>
        <translation>Heb ei ystyried eto</translation>
    </message>
    <message>
        <source>Will meet the need</source>
        <translation>Bydd yn diwallu&apos;r angen</translation>
    </message>
    <message>
        <source>Partly meets it</source>
        <translation>Yn ei ddiwallu&apos;n rhannol</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Anaddas</translation>
    </message>
    <message>
        <source>%1: notes</source>
        <translation>%1: nodiadau</translation>
    </message>
    <message>
        <source>What support, how much and how often, for what the lower steps left unmet</source>
        <translation>Pa gymorth, faint a pha mor aml, ar gyfer yr hyn na wnaeth y camau is ei ddiwallu</translation>
    </message>
    <message>
        <source>What was offered or tried, and why the next step up was needed</source>
        <translation>Beth a gynigiwyd neu a roddwyd ar brawf, a pham roedd angen y cam nesaf i fyny</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Formal support is recorded for this need, but not every lower step is considered yet. Still to consider: %1. Finalising is blocked until they are.</source>
        <translation>Mae cymorth ffurfiol wedi&apos;i gofnodi ar gyfer yr angen hwn, ond nid yw pob cam is wedi&apos;i ystyried eto. I&apos;w hystyried o hyd: %1. Mae cwblhau wedi&apos;i rwystro nes eu bod wedi&apos;u hystyried.</translation>
    </message>
    <message>
        <source>Formal, funded support, and &quot;The council&quot; as the way the need is met, can be chosen once every lower step is recorded as considered (Care Act 2014 s2: prevention first). Still to consider: %1.</source>
        <translation>Gellir dewis cymorth ffurfiol wedi&apos;i ariannu, a &quot;Y cyngor&quot; fel y ffordd y caiff yr angen ei ddiwallu, unwaith y cofnodir bod pob cam is wedi&apos;i ystyried (Care Act 2014 s2: atal yn gyntaf). I&apos;w hystyried o hyd: %1.</translation>
    </message>
</context>
<context>
    <name>hearth::PrintoutDialog</name>
    <message>
        <source>1 page</source>
        <translation>1 dudalen</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 tudalen</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Rhagolwg: %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Cadw %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Argraffu %1</translation>
    </message>
    <message>
        <source>Printout.pdf</source>
        <translation>Allbrint.pdf</translation>
    </message>
    <message>
        <source>the PDF came out empty.</source>
        <translation>roedd y PDF yn wag.</translation>
    </message>
    <message>
        <source>the PDF that was made cannot be read back.</source>
        <translation>nid oes modd darllen yn ôl y PDF a grëwyd.</translation>
    </message>
    <message>
        <source>Hearth could not make %1: %2</source>
        <translation>Methodd Hearth â chreu %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Wedi&apos;i gadw yn %1.</translation>
    </message>
    <message>
        <source>Nothing printed: the pages chosen are not in this printout, which has %1.</source>
        <translation>Dim wedi&apos;i argraffu: nid yw&apos;r tudalennau a ddewiswyd yn yr allbrint hwn. Mae ganddo %1.</translation>
    </message>
    <message>
        <source>Nothing printed: Hearth could not start printing on %1.</source>
        <translation>Dim wedi&apos;i argraffu: methodd Hearth â dechrau argraffu ar %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>yr argraffydd</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Wrthi&apos;n argraffu %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Cafodd yr argraffu ei ganslo.</translation>
    </message>
    <message>
        <source>the printer did not take page %1.</source>
        <translation>ni dderbyniodd yr argraffydd dudalen %1.</translation>
    </message>
    <message>
        <source>page %1 could not be drawn.</source>
        <translation>nid oedd modd llunio tudalen %1.</translation>
    </message>
    <message>
        <source>Not all printed: %1</source>
        <translation>Heb argraffu&apos;r cyfan: %1</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Anfonwyd %1 at %2.</translation>
    </message>
    <message>
        <source>Not saved: Hearth could not write %1 (%2). Nothing was left half written: choose another folder, or free some space.</source>
        <translation>Heb ei gadw: ni allai Hearth ysgrifennu %1 (%2). Ni adawyd dim wedi&apos;i hanner ysgrifennu: dewiswch ffolder arall, neu rhyddhewch ychydig o le.</translation>
    </message>
</context>
<context>
    <name>hearth::Printouts</name>
    <message>
        <source>There is no printout called &apos;%1&apos;.</source>
        <translation>Nid oes allbrint o&apos;r enw &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>hearth::QualityChecks</name>
    <message>
        <source>a need not yet described</source>
        <translation>angen heb ei ddisgrifio eto</translation>
    </message>
    <message>
        <source>someone in the network</source>
        <translation>rhywun yn y rhwydwaith</translation>
    </message>
    <message>
        <source>information and advice</source>
        <translation>gwybodaeth a chyngor</translation>
    </message>
    <message>
        <source>universal or community services</source>
        <translation>gwasanaethau cyffredinol neu gymunedol</translation>
    </message>
    <message>
        <source>equipment and adaptations</source>
        <translation>offer ac addasiadau</translation>
    </message>
    <message>
        <source>reablement</source>
        <translation>ailalluogi</translation>
    </message>
    <message>
        <source>their own network</source>
        <translation>eu rhwydwaith eu hunain</translation>
    </message>
    <message>
        <source>a professional assessment</source>
        <translation>asesiad proffesiynol</translation>
    </message>
    <message>
        <source>formal support</source>
        <translation>cymorth ffurfiol</translation>
    </message>
    <message>
        <source>An independent advocate must be arranged: the person has substantial difficulty and no appropriate person to support them (Care Act s67).</source>
        <translation>Rhaid trefnu eiriolwr annibynnol: mae&apos;r person yn cael anhawster sylweddol ac nid oes unigolyn priodol i&apos;w gefnogi (Care Act s67).</translation>
    </message>
    <message>
        <source>Whether the person consents to the assessment is not recorded.</source>
        <translation>Nid yw wedi&apos;i gofnodi a yw&apos;r person yn cydsynio i&apos;r asesiad.</translation>
    </message>
    <message>
        <source>What matters to the person is not written in their own words.</source>
        <translation>Nid yw&apos;r hyn sy&apos;n bwysig i&apos;r person wedi&apos;i ysgrifennu yn ei eiriau ei hun.</translation>
    </message>
    <message>
        <source>Who the person is beyond their needs is not recorded.</source>
        <translation>Nid yw wedi&apos;i gofnodi pwy yw&apos;r person y tu hwnt i&apos;w anghenion.</translation>
    </message>
    <message>
        <source>No strengths or interests are recorded.</source>
        <translation>Nid oes cryfderau na diddordebau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>No family, friends, neighbours or groups are recorded.</source>
        <translation>Nid oes teulu, ffrindiau, cymdogion na grwpiau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>%1 helps: confirm with them that they are willing, able and can keep it up.</source>
        <translation>Mae %1 yn helpu: cadarnhewch gyda nhw eu bod yn fodlon ac yn abl, ac y gallant ddal ati.</translation>
    </message>
    <message>
        <source>%1 provides care: offer them a carer&apos;s assessment (Care Act s10).</source>
        <translation>Mae %1 yn darparu gofal: cynigiwch asesiad gofalwr iddynt (Care Act s10).</translation>
    </message>
    <message>
        <source>Wellbeing, %1: marked explored but nothing is written.</source>
        <translation>Llesiant, %1: wedi&apos;i nodi fel un a archwiliwyd, ond nid oes dim wedi&apos;i ysgrifennu.</translation>
    </message>
    <message>
        <source>Wellbeing, %1: explore it or record why not.</source>
        <translation>Llesiant, %1: archwiliwch y maes hwn neu cofnodwch pam lai.</translation>
    </message>
    <message>
        <source>Whether the carer&apos;s health is at risk is not recorded (reg 3(2)(a)).</source>
        <translation>Nid yw wedi&apos;i gofnodi a yw iechyd y gofalwr mewn perygl (reg 3(2)(a)).</translation>
    </message>
    <message>
        <source>Not yet assessed: %1.</source>
        <translation>Heb ei asesu eto: %1.</translation>
    </message>
    <message>
        <source>Unable to achieve %1: record how and the evidence.</source>
        <translation>Methu â chyflawni %1: cofnodwch sut, a&apos;r dystiolaeth.</translation>
    </message>
    <message>
        <source>Needs fluctuate: record the period considered (reg 3(5)).</source>
        <translation>Mae&apos;r anghenion yn amrywio: cofnodwch y cyfnod a ystyriwyd (reg 3(5)).</translation>
    </message>
    <message>
        <source>Needs fluctuate: record the period considered (reg 2(4)).</source>
        <translation>Mae&apos;r anghenion yn amrywio: cofnodwch y cyfnod a ystyriwyd (reg 2(4)).</translation>
    </message>
    <message>
        <source>Outcomes the person cannot achieve are recorded, but no needs.</source>
        <translation>Mae canlyniadau na all y person eu cyflawni wedi&apos;u cofnodi, ond dim anghenion.</translation>
    </message>
    <message>
        <source>Formal support for &quot;%1&quot; before the lower steps were considered: %2.</source>
        <translation>Cymorth ffurfiol ar gyfer &quot;%1&quot; cyn ystyried y camau is: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: consider information and advice, and universal or community services.</source>
        <translation>&quot;%1&quot;: ystyriwch wybodaeth a chyngor, a gwasanaethau cyffredinol neu gymunedol.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: consider equipment, assistive technology and adaptations.</source>
        <translation>&quot;%1&quot;: ystyriwch offer, technoleg gynorthwyol ac addasiadau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: record whether and how it is met.</source>
        <translation>&quot;%1&quot;: cofnodwch a yw&apos;n cael ei ddiwallu, a sut.</translation>
    </message>
    <message>
        <source>No eligibility decision is recorded.</source>
        <translation>Nid oes penderfyniad ar gymhwysedd wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>The eligibility decision has no rationale.</source>
        <translation>Nid oes rhesymeg i&apos;r penderfyniad ar gymhwysedd.</translation>
    </message>
    <message>
        <source>Answer whether the needs arise from providing necessary care, and whether there is a significant impact on wellbeing (reg 3(1)).</source>
        <translation>Atebwch a yw&apos;r anghenion yn codi o ddarparu gofal angenrheidiol, ac a oes effaith sylweddol ar lesiant (reg 3(1)).</translation>
    </message>
    <message>
        <source>Answer whether the needs arise from an impairment or illness, and whether there is a significant impact on wellbeing (reg 2(1)).</source>
        <translation>Atebwch a yw&apos;r anghenion yn codi o nam neu salwch, ac a oes effaith sylweddol ar lesiant (reg 2(1)).</translation>
    </message>
    <message>
        <source>The decision differs from the proposal: check the rationale explains why.</source>
        <translation>Mae&apos;r penderfyniad yn wahanol i&apos;r cynnig: gwiriwch fod y rhesymeg yn esbonio pam.</translation>
    </message>
    <message>
        <source>A safeguarding concern is not yet recorded as handled: follow the safeguarding procedure.</source>
        <translation>Nid yw pryder diogelu wedi&apos;i gofnodi eto fel un yr ymdriniwyd ag ef: dilynwch y weithdrefn ddiogelu.</translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation>Nid oes risgiau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Risk &quot;%1&quot;: record the person&apos;s view and how it is managed.</source>
        <translation>Risg &quot;%1&quot;: cofnodwch farn y person a sut y caiff ei rheoli.</translation>
    </message>
    <message>
        <source>not yet described</source>
        <translation>heb ei disgrifio eto</translation>
    </message>
    <message>
        <source>The needs are not eligible: give information and advice on meeting or reducing them (Care Act s13(5)).</source>
        <translation>Nid yw&apos;r anghenion yn gymwys: rhowch wybodaeth a chyngor ar sut i&apos;w diwallu neu eu lleihau (Care Act s13(5)).</translation>
    </message>
    <message>
        <source>Say who the carer cares for and what the caring involves.</source>
        <translation>Nodwch am bwy mae&apos;r gofalwr yn gofalu a beth mae&apos;r gofalu&apos;n ei olygu.</translation>
    </message>
    <message>
        <source>Record what happens if the carer cannot care (contingency).</source>
        <translation>Cofnodwch beth sy&apos;n digwydd os na all y gofalwr ofalu (trefniadau wrth gefn).</translation>
    </message>
    <message>
        <source>Record who the carer calls in a crisis.</source>
        <translation>Cofnodwch pwy mae&apos;r gofalwr yn ei ffonio mewn argyfwng.</translation>
    </message>
    <message>
        <source>Record what is working and what is not.</source>
        <translation>Cofnodwch beth sy&apos;n gweithio a beth nad yw&apos;n gweithio.</translation>
    </message>
    <message>
        <source>Say whether the outcome left was achieved, partly achieved or not achieved.</source>
        <translation>Nodwch a gafodd y canlyniad sy&apos;n weddill ei gyflawni, ei gyflawni&apos;n rhannol, neu beidio.</translation>
    </message>
    <message>
        <source>Say whether each outcome of the plan was achieved, partly achieved or not achieved (%1 left).</source>
        <translation>Nodwch a gafodd pob canlyniad yn y cynllun ei gyflawni, ei gyflawni&apos;n rhannol, neu beidio (%1 yn weddill).</translation>
    </message>
    <message>
        <source>Choose what the review concludes: no change, plan revised, or a full reassessment.</source>
        <translation>Dewiswch gasgliad yr adolygiad: dim newid, cynllun wedi&apos;i ddiwygio, neu ailasesiad llawn.</translation>
    </message>
    <message>
        <source>The confirmed budget is lower than before: write the rationale for the change.</source>
        <translation>Mae&apos;r gyllideb a gadarnhawyd yn is nag o&apos;r blaen: ysgrifennwch y rhesymeg dros y newid.</translation>
    </message>
</context>
<context>
    <name>hearth::Ras</name>
    <message>
        <source>%1 gives points for an adult&apos;s needs; a carer&apos;s assessment has none in it.</source>
        <translation>Mae %1 yn rhoi pwyntiau am anghenion oedolyn; nid oes yr un o&apos;r rhain mewn asesiad gofalwr.</translation>
    </message>
    <message>
        <source>No way of being unable is recorded yet: no points.</source>
        <translation>Nid oes ffordd o fethu wedi&apos;i chofnodi eto: dim pwyntiau.</translation>
    </message>
    <message>
        <source>Unable in 1 way: %1 points.</source>
        <translation>Methu mewn 1 ffordd: %1 pwynt.</translation>
    </message>
    <message>
        <source>Unable in %1 ways: %2 points.</source>
        <translation>Methu mewn %1 ffordd: %2 pwynt.</translation>
    </message>
    <message>
        <source>Not linked to a recorded need: no points until it is.</source>
        <translation>Heb ei gysylltu ag angen a gofnodwyd: dim pwyntiau nes iddo gael ei gysylltu.</translation>
    </message>
    <message>
        <source>Less %1% for the sustainable support someone already gives: %2 points.</source>
        <translation>Llai %1% am y cymorth cynaliadwy y mae rhywun eisoes yn ei roi: %2 pwynt.</translation>
    </message>
    <message>
        <source>The help someone gives now is not recorded as sustainable, so it does not reduce the points.</source>
        <translation>Nid yw&apos;r help y mae rhywun yn ei roi nawr wedi&apos;i gofnodi fel help cynaliadwy, felly nid yw&apos;n lleihau&apos;r pwyntiau.</translation>
    </message>
    <message>
        <source>Met by the person&apos;s network, whose support is sustainable: less %1%, %2 points.</source>
        <translation>Wedi&apos;i ddiwallu gan rwydwaith y person, y mae ei gymorth yn gynaliadwy: llai %1%, %2 pwynt.</translation>
    </message>
    <message>
        <source>Met by the person&apos;s network, but its support is not recorded as sustainable, so it does not reduce the points.</source>
        <translation>Wedi&apos;i ddiwallu gan rwydwaith y person, ond nid yw ei gymorth wedi&apos;i gofnodi fel cymorth cynaliadwy, felly nid yw&apos;n lleihau&apos;r pwyntiau.</translation>
    </message>
    <message>
        <source>Met by the person&apos;s own strengths or the community: no points.</source>
        <translation>Wedi&apos;i ddiwallu gan gryfderau&apos;r person ei hun neu gan y gymuned: dim pwyntiau.</translation>
    </message>
</context>
<context>
    <name>hearth::RasTable</name>
    <message>
        <source>The RAS table is not JSON: %1.</source>
        <translation>Nid yw tabl y RAS yn JSON: %1.</translation>
    </message>
    <message>
        <source>The RAS table&apos;s %1 %2.</source>
        <translation>Tabl y RAS, %1: %2.</translation>
    </message>
    <message>
        <source>is not &quot;hearth-ras-table&quot;</source>
        <translation>nid yw&apos;n &quot;hearth-ras-table&quot;</translation>
    </message>
    <message>
        <source>is not a version this Hearth reads (%1)</source>
        <translation>nid yw&apos;n fersiwn y mae&apos;r Hearth hwn yn ei darllen (%1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mae ar goll</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn wir neu&apos;n gau</translation>
    </message>
    <message>
        <source>must be a whole number of pence from 1 to 1000000</source>
        <translation>rhaid iddo fod yn nifer cyfan o geiniogau o 1 i 1000000</translation>
    </message>
    <message>
        <source>must be 52 or 53</source>
        <translation>rhaid iddo fod yn 52 neu 53</translation>
    </message>
    <message>
        <source>is not a specified outcome</source>
        <translation>nid yw&apos;n ganlyniad penodedig</translation>
    </message>
    <message>
        <source>must list points for %1 levels</source>
        <translation>rhaid iddo restru pwyntiau ar gyfer %1 lefel</translation>
    </message>
    <message>
        <source>must be a whole number of points</source>
        <translation>rhaid iddo fod yn nifer cyfan o bwyntiau</translation>
    </message>
    <message>
        <source>is fewer points than the level below</source>
        <translation>mae&apos;n llai o bwyntiau na&apos;r lefel islaw</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>rhaid iddo fod yn ganran o 0 i 100</translation>
    </message>
</context>
<context>
    <name>hearth::ReviewSection</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Heb ei adolygu eto</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Wedi&apos;i gyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Heb ei gyflawni</translation>
    </message>
    <message>
        <source>How far this was achieved: %1</source>
        <translation>I ba raddau y cyflawnwyd hyn: %1</translation>
    </message>
    <message>
        <source>In the person&apos;s words</source>
        <translation>Yng ngeiriau&apos;r person</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Nodiadau ar %1</translation>
    </message>
    <message>
        <source>The plan reviewed found no outcome the person was unable to achieve.</source>
        <translation>Ni chanfu&apos;r cynllun a adolygwyd unrhyw ganlyniad yr oedd y person yn methu â&apos;i gyflawni.</translation>
    </message>
    <message>
        <source>How far each outcome the plan set out to meet was achieved:</source>
        <translation>I ba raddau y cyflawnwyd pob canlyniad yr oedd y cynllun yn ceisio&apos;i gyflawni:</translation>
    </message>
    <message>
        <source>Reviewing revision %1 of the %2. Start from the plan as it stands: ask the person what is working and what is not.</source>
        <translation>Yn adolygu diwygiad %1 o&apos;r %2. Dechreuwch gyda&apos;r cynllun fel y mae: gofynnwch i&apos;r person beth sy&apos;n gweithio a beth nad yw&apos;n gweithio.</translation>
    </message>
    <message>
        <source>carer&apos;s support plan</source>
        <translation>cynllun cymorth gofalwr</translation>
    </message>
    <message>
        <source>care and support plan</source>
        <translation>cynllun gofal a chymorth</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Confirmed personal budget before this review: %1. Now: %2 (change it on the Plan step).</source>
        <translation>Cyllideb bersonol wedi&apos;i chadarnhau cyn yr adolygiad hwn: %1. Nawr: %2 (newidiwch hi ar y cam Cynllun).</translation>
    </message>
    <message>
        <source>It is lower: write why before finalising.</source>
        <translation>Mae&apos;n is: ysgrifennwch pam cyn cwblhau.</translation>
    </message>
</context>
<context>
    <name>hearth::RisksPage</name>
    <message>
        <source>New risk, not described yet</source>
        <translation>Risg newydd, heb ei disgrifio eto</translation>
    </message>
    <message>
        <source>%1 — a positive risk</source>
        <translation>%1 — risg gadarnhaol</translation>
    </message>
    <message>
        <source>Care Act 2014 s42: the council must make enquiries, or ask others to, when an adult with needs for care and support is experiencing, or is at risk of, abuse or neglect and, because of those needs, cannot protect themselves. Ask the person what they want to happen (Making Safeguarding Personal).</source>
        <translation>Care Act 2014 s42: rhaid i&apos;r cyngor wneud ymholiadau, neu ofyn i eraill eu gwneud, pan fo oedolyn ag anghenion gofal a chymorth yn profi camdriniaeth neu esgeulustod, neu mewn perygl o hynny, ac na all, oherwydd yr anghenion hynny, amddiffyn ei hun. Gofynnwch i&apos;r person beth yr hoffai iddo ddigwydd (Making Safeguarding Personal).</translation>
    </message>
    <message>
        <source>Pause the assessment: safety comes first.</source>
        <translation>Oedwch yr asesiad: diogelwch sy&apos;n dod gyntaf.</translation>
    </message>
    <message>
        <source>If anyone is in immediate danger, call 999.</source>
        <translation>Os oes unrhyw un mewn perygl uniongyrchol, ffoniwch 999.</translation>
    </message>
    <message>
        <source>Tell your team manager today.</source>
        <translation>Dywedwch wrth reolwr eich tîm heddiw.</translation>
    </message>
    <message>
        <source>Raise a safeguarding concern with the council&apos;s adult safeguarding team the same working day, following the safeguarding adults procedures.</source>
        <translation>Codwch bryder diogelu gyda thîm diogelu oedolion y cyngor ar yr un diwrnod gwaith, gan ddilyn y gweithdrefnau diogelu oedolion.</translation>
    </message>
    <message>
        <source>Record what you saw and heard, in the person&apos;s words where possible, and what they want to happen.</source>
        <translation>Cofnodwch beth a welsoch ac a glywsoch, yng ngeiriau&apos;r person lle bo modd, a beth yr hoffai&apos;r person iddo ddigwydd.</translation>
    </message>
    <message>
        <source>Do not investigate yourself: the safeguarding team decides whether a s42 enquiry is needed.</source>
        <translation>Peidiwch ag ymchwilio eich hun: y tîm diogelu sy&apos;n penderfynu a oes angen ymholiad s42.</translation>
    </message>
    <message>
        <source>Then record the action taken below and tick “Recorded as handled”.</source>
        <translation>Yna cofnodwch y camau a gymerwyd isod a thiciwch “Cofnodwyd bod y pryder wedi&apos;i drin”.</translation>
    </message>
</context>
<context>
    <name>hearth::SettingsDialog</name>
    <message>
        <source>In use: %1, version %2, the council&apos;s own table.</source>
        <translation>Yn cael ei ddefnyddio: %1, fersiwn %2, tabl y cyngor ei hun.</translation>
    </message>
    <message>
        <source>In use: %1, version %2, the illustrative table Hearth ships. Its figures are not any council&apos;s, and every figure from it says so.</source>
        <translation>Yn cael ei ddefnyddio: %1, fersiwn %2, y tabl enghreifftiol sy&apos;n dod gyda Hearth. Nid ffigurau unrhyw gyngor yw ei ffigurau, ac mae pob ffigur ohono&apos;n dweud hynny.</translation>
    </message>
    <message>
        <source>Load the council&apos;s RAS table</source>
        <translation>Llwytho tabl RAS y cyngor</translation>
    </message>
    <message>
        <source>RAS tables (*.json);;All files (*)</source>
        <translation>Tablau RAS (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Saves the review intervals and the table.</source>
        <translation>Yn cadw&apos;r cyfnodau adolygu a&apos;r tabl.</translation>
    </message>
    <message>
        <source>Closes Settings and changes nothing.</source>
        <translation>Yn cau&apos;r Gosodiadau heb newid dim.</translation>
    </message>
    <message>
        <source>The council&apos;s table kept by Hearth cannot be read, so the illustrative table is used. Load the council&apos;s table again. %1</source>
        <translation>Ni ellir darllen tabl y cyngor a gadwyd gan Hearth, felly defnyddir y tabl enghreifftiol. Llwythwch dabl y cyngor eto. %1</translation>
    </message>
    <message>
        <source>“%1” is a valid RAS table. Press OK to use it from now on.</source>
        <translation>Mae “%1” yn dabl RAS dilys. Pwyswch Iawn i&apos;w ddefnyddio o hyn ymlaen.</translation>
    </message>
    <message>
        <source>Press OK to forget the council&apos;s table and use the illustrative one.</source>
        <translation>Pwyswch Iawn i anghofio tabl y cyngor a defnyddio&apos;r un enghreifftiol.</translation>
    </message>
    <message>
        <source>After OK: %1, version %2, the council&apos;s own table.</source>
        <translation>Ar ôl pwyso Iawn: %1, fersiwn %2, tabl y cyngor ei hun.</translation>
    </message>
    <message>
        <source>After OK: %1, version %2, the illustrative table Hearth ships.</source>
        <translation>Ar ôl pwyso Iawn: %1, fersiwn %2, y tabl enghreifftiol sy&apos;n dod gyda Hearth.</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Iaith y system (%1)</translation>
    </message>
</context>
<context>
    <name>hearth::Statutory</name>
    <message>
        <source>personal dignity (including treatment of the individual with respect)</source>
        <translation>urddas personol (gan gynnwys trin yr unigolyn â pharch)</translation>
    </message>
    <message>
        <source>physical and mental health and emotional wellbeing</source>
        <translation>iechyd corfforol, iechyd meddwl a llesiant emosiynol</translation>
    </message>
    <message>
        <source>protection from abuse and neglect</source>
        <translation>amddiffyn rhag camdriniaeth ac esgeulustod</translation>
    </message>
    <message>
        <source>control by the individual over day-to-day life (including over care and support, and how it is provided)</source>
        <translation>rheolaeth gan yr unigolyn ar fywyd pob dydd (gan gynnwys ar ofal a chymorth, a&apos;r ffordd y caiff ei ddarparu)</translation>
    </message>
    <message>
        <source>participation in work, education, training or recreation</source>
        <translation>cymryd rhan mewn gwaith, addysg, hyfforddiant neu weithgareddau hamdden</translation>
    </message>
    <message>
        <source>social and economic wellbeing</source>
        <translation>llesiant cymdeithasol ac economaidd</translation>
    </message>
    <message>
        <source>domestic, family and personal relationships</source>
        <translation>perthnasoedd domestig, teuluol a phersonol</translation>
    </message>
    <message>
        <source>suitability of living accommodation</source>
        <translation>addasrwydd llety preswyl</translation>
    </message>
    <message>
        <source>the individual&apos;s contribution to society</source>
        <translation>cyfraniad yr unigolyn at y gymdeithas</translation>
    </message>
    <message>
        <source>managing and maintaining nutrition</source>
        <translation>rheoli a chynnal maeth</translation>
    </message>
    <message>
        <source>maintaining personal hygiene</source>
        <translation>cynnal hylendid personol</translation>
    </message>
    <message>
        <source>managing toilet needs</source>
        <translation>rheoli anghenion toiled</translation>
    </message>
    <message>
        <source>being appropriately clothed</source>
        <translation>bod mewn dillad priodol</translation>
    </message>
    <message>
        <source>being able to make use of the adult&apos;s home safely</source>
        <translation>gallu defnyddio cartref yr oedolyn yn ddiogel</translation>
    </message>
    <message>
        <source>maintaining a habitable home environment</source>
        <translation>cynnal amgylchedd cartref sy&apos;n addas i fyw ynddo</translation>
    </message>
    <message>
        <source>developing and maintaining family or other personal relationships</source>
        <translation>datblygu a chynnal perthnasoedd teuluol neu rai personol eraill</translation>
    </message>
    <message>
        <source>accessing and engaging in work, training, education or volunteering</source>
        <translation>cael mynediad at waith, hyfforddiant, addysg neu wirfoddoli, ac ymwneud â hwy</translation>
    </message>
    <message>
        <source>making use of necessary facilities or services in the local community, including public transport and recreational facilities or services</source>
        <translation>defnyddio cyfleusterau neu wasanaethau angenrheidiol yn y gymuned leol, gan gynnwys trafnidiaeth gyhoeddus a chyfleusterau neu wasanaethau hamdden</translation>
    </message>
    <message>
        <source>carrying out any caring responsibilities the adult has for a child</source>
        <translation>cyflawni unrhyw gyfrifoldebau gofalu sydd gan yr oedolyn am blentyn</translation>
    </message>
    <message>
        <source>carrying out any caring responsibilities the carer has for a child</source>
        <translation>cyflawni unrhyw gyfrifoldebau gofalu sydd gan y gofalwr am blentyn</translation>
    </message>
    <message>
        <source>providing care to other persons for whom the carer provides care</source>
        <translation>darparu gofal i bersonau eraill y mae&apos;r gofalwr yn darparu gofal iddynt</translation>
    </message>
    <message>
        <source>maintaining a habitable home environment in the carer&apos;s home</source>
        <translation>cynnal amgylchedd cartref sy&apos;n addas i fyw ynddo yng nghartref y gofalwr</translation>
    </message>
    <message>
        <source>developing and maintaining family or other significant personal relationships</source>
        <translation>datblygu a chynnal perthnasoedd teuluol neu rai personol eraill o bwys</translation>
    </message>
    <message>
        <source>engaging in work, training, education or volunteering</source>
        <translation>ymwneud â gwaith, hyfforddiant, addysg neu wirfoddoli</translation>
    </message>
    <message>
        <source>making use of necessary facilities or services in the local community, including recreational facilities or services</source>
        <translation>defnyddio cyfleusterau neu wasanaethau angenrheidiol yn y gymuned leol, gan gynnwys cyfleusterau neu wasanaethau hamdden</translation>
    </message>
    <message>
        <source>engaging in recreational activities</source>
        <translation>ymwneud â gweithgareddau hamdden</translation>
    </message>
    <message>
        <source>is unable to achieve it without assistance (prompting counts as assistance)</source>
        <translation>yn methu â&apos;i gyflawni heb gymorth (mae annog yn cyfrif fel cymorth)</translation>
    </message>
    <message>
        <source>is able to achieve it without assistance but doing so causes significant pain, distress or anxiety</source>
        <translation>yn gallu ei gyflawni heb gymorth ond mae gwneud hynny&apos;n achosi poen, trallod neu orbryder sylweddol</translation>
    </message>
    <message>
        <source>is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the adult, or of others</source>
        <translation>yn gallu ei gyflawni heb gymorth ond mae gwneud hynny&apos;n peryglu, neu&apos;n debygol o beryglu, iechyd neu ddiogelwch yr oedolyn neu bobl eraill</translation>
    </message>
    <message>
        <source>is able to achieve it without assistance but takes significantly longer than would normally be expected</source>
        <translation>yn gallu ei gyflawni heb gymorth ond mae&apos;n cymryd amser sylweddol hwy na&apos;r hyn y byddid yn ei ddisgwyl fel rheol</translation>
    </message>
    <message>
        <source>is unable to achieve it without assistance</source>
        <translation>yn methu â&apos;i gyflawni heb gymorth</translation>
    </message>
    <message>
        <source>is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the carer, or of any adults or children for whom the carer provides care</source>
        <translation>yn gallu ei gyflawni heb gymorth ond mae gwneud hynny&apos;n peryglu, neu&apos;n debygol o beryglu, iechyd neu ddiogelwch y gofalwr, neu unrhyw oedolion neu blant y mae&apos;r gofalwr yn darparu gofal iddynt</translation>
    </message>
</context>
<context>
    <name>hearth::StepPage</name>
    <message>
        <source>Not known yet</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>hearth::Store</name>
    <message>
        <source>Audit log entry %1 is missing.</source>
        <translation>Mae eitem %1 yn y log archwilio ar goll.</translation>
    </message>
    <message>
        <source>Audit log entry %1 has been altered.</source>
        <translation>Mae eitem %1 yn y log archwilio wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>The stored %1 %2 is damaged and cannot be read.</source>
        <translation>Mae&apos;r cofnod %1 %2 sydd wedi&apos;i storio wedi&apos;i ddifrodi ac ni ellir ei ddarllen.</translation>
    </message>
    <message>
        <source>This %1 was changed elsewhere after it was opened (version %2 is stored, this is version %3). Reopen it to see the changes.</source>
        <translation>Newidiwyd y cofnod %1 hwn yn rhywle arall ar ôl iddo gael ei agor (mae fersiwn %2 wedi&apos;i storio, dyma fersiwn %3). Ailagorwch ef i weld y newidiadau.</translation>
    </message>
    <message>
        <source>The stored %1 %2 could not be read: %3</source>
        <translation>Ni ellid darllen y cofnod %1 %2 sydd wedi&apos;i storio: %3</translation>
    </message>
    <message>
        <source>There is no %1 %2 in the store.</source>
        <translation>Nid oes cofnod %1 %2 yn y storfa.</translation>
    </message>
    <message>
        <source>The case cannot be imported: its person has no id.</source>
        <translation>Ni ellir mewnforio&apos;r achos: nid oes dynodwr gan y person.</translation>
    </message>
    <message>
        <source>The case cannot be imported: a %1 has no id.</source>
        <translation>Ni ellir mewnforio&apos;r achos: mae cofnod %1 heb ddynodwr.</translation>
    </message>
    <message>
        <source>The case cannot be imported: the id %1 is used twice.</source>
        <translation>Ni ellir mewnforio&apos;r achos: defnyddir y dynodwr %1 ddwywaith.</translation>
    </message>
    <message>
        <source>The case cannot be imported: %1 %2 belongs to another person.</source>
        <translation>Ni ellir mewnforio&apos;r achos: mae&apos;r cofnod %1 %2 yn perthyn i berson arall.</translation>
    </message>
    <message>
        <source>The case cannot be imported: %1 %2 belongs to another assessment.</source>
        <translation>Ni ellir mewnforio&apos;r achos: mae&apos;r cofnod %1 %2 yn perthyn i asesiad arall.</translation>
    </message>
    <message>
        <source>This case is already in the store (person %1).</source>
        <translation>Mae&apos;r achos hwn eisoes yn y storfa (person %1).</translation>
    </message>
    <message>
        <source>This case is already in the store (%1 %2).</source>
        <translation>Mae&apos;r achos hwn eisoes yn y storfa (%1 %2).</translation>
    </message>
    <message>
        <source>The store could not be used: %1</source>
        <translation>Ni ellid defnyddio&apos;r storfa: %1</translation>
    </message>
    <message>
        <source>The store %1 could not be opened: %2</source>
        <translation>Ni ellid agor y storfa %1: %2</translation>
    </message>
    <message>
        <source>The store %1 could not be unlocked: %2</source>
        <translation>Ni ellid datgloi&apos;r storfa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hearth store, or it could not be decrypted with its key file.</source>
        <translation>Nid yw %1 yn storfa Hearth, neu ni ellid ei dadgryptio gyda&apos;i ffeil allwedd.</translation>
    </message>
    <message>
        <source>The store could not switch to write-ahead logging: %1</source>
        <translation>Ni allai&apos;r storfa newid i gofnodi ymlaen llaw (write-ahead logging): %1</translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed: %2</source>
        <translation>Methodd uwchraddio&apos;r storfa i sgema %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hearth store.</source>
        <translation>Nid yw %1 yn storfa Hearth.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Ni allai&apos;r llyfrgell amgryptio gychwyn.</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the store.</source>
        <translation>Mae angen cyfrinymadrodd i amddiffyn y storfa.</translation>
    </message>
    <message>
        <source>The name of the practitioner using the store is needed.</source>
        <translation>Mae angen enw&apos;r ymarferydd sy&apos;n defnyddio&apos;r storfa.</translation>
    </message>
    <message>
        <source>This copy of Hearth is missing its database migrations.</source>
        <translation>Mae sgriptiau mudo&apos;r gronfa ddata ar goll o&apos;r copi hwn o Hearth.</translation>
    </message>
    <message>
        <source>There is already a store at %1; Hearth will not overwrite it.</source>
        <translation>Mae storfa yn %1 eisoes; ni fydd Hearth yn ysgrifennu drosti.</translation>
    </message>
    <message>
        <source>The folder for the store %1 does not exist.</source>
        <translation>Nid yw&apos;r ffolder ar gyfer y storfa %1 yn bodoli.</translation>
    </message>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>Nid oes digon o gof i ddal allwedd.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Nid oes storfa yn %1.</translation>
    </message>
    <message>
        <source>This store was made by a newer version of Hearth (schema %1); this version reads up to schema %2. Update Hearth to open it.</source>
        <translation>Crëwyd y storfa hon gan fersiwn fwy newydd o Hearth (sgema %1); mae&apos;r fersiwn hon yn darllen hyd at sgema %2. Diweddarwch Hearth i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The key file %1 does not belong to this store.</source>
        <translation>Nid yw&apos;r ffeil allwedd %1 yn perthyn i&apos;r storfa hon.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Its last good copy is %3.</source>
        <translation>Mae&apos;r storfa %1 wedi&apos;i difrodi (%2). Ei chopi da olaf yw %3.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Ni ellid ysgrifennu&apos;r copi wrth gefn %1: %2</translation>
    </message>
    <message>
        <source>it could not be renamed into place</source>
        <translation>ni ellid ei ailenwi i&apos;w le</translation>
    </message>
    <message>
        <source>There is no open transaction to commit.</source>
        <translation>Nid oes trafodiad agored i&apos;w ymrwymo.</translation>
    </message>
    <message>
        <source>There is no room left on the disk. Free some space on this laptop</source>
        <translation>Does dim lle ar ôl ar y ddisg. Rhyddhewch ychydig o le ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>The disk could not be written or read (%1)</source>
        <translation>Nid oedd modd ysgrifennu i&apos;r ddisg na darllen ohoni (%1)</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds %1. Free some space on this laptop, then open Hearth again.</source>
        <translation>Does dim lle ar ôl ar y ddisg sy&apos;n dal %1. Rhyddhewch ychydig o le ar y gliniadur hwn, yna agorwch Hearth eto.</translation>
    </message>
</context>
<context>
    <name>hearth::StrengthsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, provides care</source>
        <translation>%1, yn darparu gofal</translation>
    </message>
    <message>
        <source>Offer them a carer&apos;s assessment (Care Act s10).</source>
        <translation>Cynigiwch asesiad gofalwr iddyn nhw (Care Act s10).</translation>
    </message>
    <message>
        <source>Offer %1 a carer&apos;s assessment (Care Act s10).</source>
        <translation>Cynigiwch asesiad gofalwr i %1 (Care Act s10).</translation>
    </message>
</context>
<context>
    <name>hearth::SyncActions</name>
    <message>
        <source>1 record</source>
        <translation>1 cofnod</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 cofnod</translation>
    </message>
    <message>
        <source>1 printout</source>
        <translation>1 allbrint</translation>
    </message>
    <message>
        <source>%1 printouts</source>
        <translation>%1 allbrint</translation>
    </message>
    <message>
        <source>1 record was also changed on another laptop; the office keeps both versions and will decide.</source>
        <translation>Newidiwyd 1 cofnod ar liniadur arall hefyd; mae&apos;r swyddfa&apos;n cadw&apos;r ddwy fersiwn a bydd yn penderfynu.</translation>
    </message>
    <message>
        <source>%1 records were also changed on another laptop; the office keeps both versions and will decide.</source>
        <translation>Newidiwyd %1 cofnod ar liniadur arall hefyd; mae&apos;r swyddfa&apos;n cadw&apos;r ddwy fersiwn a bydd yn penderfynu.</translation>
    </message>
    <message>
        <source>Choose the office&apos;s public key</source>
        <translation>Dewiswch allwedd gyhoeddus y swyddfa</translation>
    </message>
    <message>
        <source>Office public keys (*.pub)</source>
        <translation>Allweddi cyhoeddus swyddfa (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Enrol with the office</source>
        <translation>Cofrestru gyda&apos;r swyddfa</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Cofrestru</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s key for the office</source>
        <translation>Cadw allwedd y gliniadur hwn ar gyfer y swyddfa</translation>
    </message>
    <message>
        <source>Laptop keys (*.pub)</source>
        <translation>Allweddi gliniaduron (*.pub)</translation>
    </message>
    <message>
        <source>Choose where to save the sync bundle</source>
        <translation>Dewiswch ble i gadw&apos;r bwndel cysoni</translation>
    </message>
    <message>
        <source>Choose the office&apos;s receipt</source>
        <translation>Dewiswch dderbynneb y swyddfa</translation>
    </message>
    <message>
        <source>Office receipts (*.receipt)</source>
        <translation>Derbynebion swyddfa (*.receipt)</translation>
    </message>
    <message>
        <source>Last sync bundle: %1 — received by the office</source>
        <translation>Bwndel cysoni diwethaf: %1 — wedi&apos;i dderbyn gan y swyddfa</translation>
    </message>
    <message>
        <source>Last sync bundle: %1 — not yet received by the office</source>
        <translation>Bwndel cysoni diwethaf: %1 — heb ei dderbyn gan y swyddfa eto</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Heb gofrestru</translation>
    </message>
    <message>
        <source>Hearth could not use %1 as the office&apos;s key.</source>
        <translation>Ni allai Hearth ddefnyddio %1 fel allwedd y swyddfa.</translation>
    </message>
    <message>
        <source>Hearth could not read this laptop&apos;s enrolment.</source>
        <translation>Ni allai Hearth ddarllen cofrestriad y gliniadur hwn.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled with this office. Enrolling again keeps this laptop&apos;s own key and saves its key for the office once more.</source>
        <translation>Mae&apos;r gliniadur hwn eisoes wedi&apos;i gofrestru gyda&apos;r swyddfa hon. Mae cofrestru eto yn cadw allwedd y gliniadur ei hun ac yn cadw ei allwedd ar gyfer y swyddfa unwaith eto.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled with another office, whose key has the fingerprint
%1
Enrolling again replaces that office&apos;s key; this laptop keeps its own key.</source>
        <translation>Mae&apos;r gliniadur hwn eisoes wedi&apos;i gofrestru gyda swyddfa arall, ac ôl bys ei hallwedd yw
%1
Mae cofrestru eto yn disodli allwedd y swyddfa honno; mae&apos;r gliniadur hwn yn cadw ei allwedd ei hun.</translation>
    </message>
    <message>
        <source>The office&apos;s key has the fingerprint
%1

Check that it is the same fingerprint the office gave you before you enrol.</source>
        <translation>Ôl bys allwedd y swyddfa yw
%1

Gwiriwch mai dyma&apos;r un ôl bys a roddodd y swyddfa i chi, cyn i chi gofrestru.</translation>
    </message>
    <message>
        <source>Hearth could not enrol this laptop with the office.</source>
        <translation>Ni allai Hearth gofrestru&apos;r gliniadur hwn gyda&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>To save it, choose Sync ▸ Enrol with the office again: this laptop keeps the same key.</source>
        <translation>I&apos;w chadw, dewiswch Cysoni ▸ Cofrestru gyda&apos;r swyddfa eto: mae&apos;r gliniadur hwn yn cadw&apos;r un allwedd.</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Heb gadw&apos;r allwedd</translation>
    </message>
    <message>
        <source>This laptop is enrolled with the office, but its key for the office was not saved.</source>
        <translation>Mae&apos;r gliniadur hwn wedi&apos;i gofrestru gyda&apos;r swyddfa, ond ni chadwyd ei allwedd ar gyfer y swyddfa.</translation>
    </message>
    <message>
        <source>This laptop is enrolled with the office, but its key could not be written to %1: %2</source>
        <translation>Mae&apos;r gliniadur hwn wedi&apos;i gofrestru gyda&apos;r swyddfa, ond ni ellid ysgrifennu ei allwedd i %1: %2</translation>
    </message>
    <message>
        <source>Enrolled with the office</source>
        <translation>Wedi cofrestru gyda&apos;r swyddfa</translation>
    </message>
    <message>
        <source>This laptop is enrolled with the office.

Give this file to the office, so that it can enrol this laptop and read its sync bundles:

%1
in %2</source>
        <translation>Mae&apos;r gliniadur hwn wedi&apos;i gofrestru gyda&apos;r swyddfa.

Rhowch y ffeil hon i&apos;r swyddfa, er mwyn iddi allu cofrestru&apos;r gliniadur hwn a darllen ei fwndeli cysoni:

%1
yn %2</translation>
    </message>
    <message>
        <source>The file holds only this laptop&apos;s public key, no one&apos;s personal details.</source>
        <translation>Dim ond allwedd gyhoeddus y gliniadur hwn sydd yn y ffeil, nid manylion personol neb.</translation>
    </message>
    <message>
        <source>No sync bundle made</source>
        <translation>Ni chrëwyd bwndel cysoni</translation>
    </message>
    <message>
        <source>Not enrolled with an office</source>
        <translation>Heb gofrestru gyda swyddfa</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with an office yet, so there is nowhere to send your work.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gofrestru gyda swyddfa eto, felly nid oes unman i anfon eich gwaith.</translation>
    </message>
    <message>
        <source>Ask the office for its public key (office.pub), then choose Sync ▸ Enrol with the office…</source>
        <translation>Gofynnwch i&apos;r swyddfa am ei hallwedd gyhoeddus (office.pub), yna dewiswch Cysoni ▸ Cofrestru gyda&apos;r swyddfa…</translation>
    </message>
    <message>
        <source>Hearth could not save the open assessment, so no bundle was made.</source>
        <translation>Ni allai Hearth gadw&apos;r asesiad agored, felly ni chrëwyd bwndel.</translation>
    </message>
    <message>
        <source>Hearth could not make the sync bundle.</source>
        <translation>Ni allai Hearth greu&apos;r bwndel cysoni.</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Dim i&apos;w anfon</translation>
    </message>
    <message>
        <source>Nothing has changed since the office&apos;s last receipt: no bundle was written.</source>
        <translation>Nid oes dim wedi newid ers derbynneb ddiwethaf y swyddfa: ni ysgrifennwyd unrhyw fwndel.</translation>
    </message>
    <message>
        <source>Sync bundle made</source>
        <translation>Crëwyd bwndel cysoni</translation>
    </message>
    <message>
        <source>Sync bundle %1 is ready for the office, with %2 and %3:

%4
in %5</source>
        <translation>Mae bwndel cysoni %1 yn barod ar gyfer y swyddfa, gyda %2 a %3:

%4
yn %5</translation>
    </message>
    <message>
        <source>Only the office can open it. When the office sends back its receipt, choose Sync ▸ Read office receipt…</source>
        <translation>Dim ond y swyddfa all ei agor. Pan fydd y swyddfa&apos;n anfon ei derbynneb yn ôl, dewiswch Cysoni ▸ Darllen derbynneb y swyddfa…</translation>
    </message>
    <message>
        <source>Receipt not read</source>
        <translation>Heb ddarllen y dderbynneb</translation>
    </message>
    <message>
        <source>Hearth could not read %1: %2</source>
        <translation>Ni allai Hearth ddarllen %1: %2</translation>
    </message>
    <message>
        <source>%1 was not accepted, and nothing on this laptop changed.</source>
        <translation>Ni dderbyniwyd %1, ac ni newidiodd dim ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>This receipt had been read before; nothing more changed.</source>
        <translation>Roedd y dderbynneb hon wedi&apos;i darllen o&apos;r blaen; ni newidiodd dim arall.</translation>
    </message>
    <message>
        <source>This laptop will not send them again unless they change.</source>
        <translation>Ni fydd y gliniadur hwn yn eu hanfon eto oni bai eu bod yn newid.</translation>
    </message>
    <message>
        <source>Office receipt read</source>
        <translation>Darllenwyd derbynneb y swyddfa</translation>
    </message>
    <message>
        <source>The office has sync bundle %1: %2 and %3.</source>
        <translation>Mae gan y swyddfa fwndel cysoni %1: %2 a %3.</translation>
    </message>
</context>
<context>
    <name>hearth::TextField</name>
    <message>
        <source>No suggestions</source>
        <translation>Dim awgrymiadau</translation>
    </message>
    <message>
        <source>Ignore this word</source>
        <translation>Anwybyddu&apos;r gair hwn</translation>
    </message>
</context>
<context>
    <name>hearth::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Storfa: %1</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Ni ellid agor y storfa.</translation>
    </message>
    <message>
        <source>You can try again in 1 second.</source>
        <translation>Gallwch roi cynnig arall ymhen 1 eiliad.</translation>
    </message>
    <message>
        <source>You can try again in %1 seconds.</source>
        <translation>Gallwch roi cynnig arall ymhen %1 eiliad.</translation>
    </message>
</context>
<context>
    <name>hearth::WellbeingPage</name>
    <message>
        <source>Not said</source>
        <translation>Heb ddweud</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hearth::WellbeingWheel</name>
    <message>
        <source>explored</source>
        <translation>wedi&apos;i archwilio</translation>
    </message>
    <message>
        <source>explored, with concerns (cross-hatched)</source>
        <translation>wedi&apos;i archwilio, gyda phryderon (croeslinellog)</translation>
    </message>
    <message>
        <source>skipped, with a reason (hatched)</source>
        <translation>wedi&apos;i hepgor, gyda rheswm (llinellog)</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>how much it matters to the person</source>
        <translation>pa mor bwysig yw hyn i&apos;r person</translation>
    </message>
    <message>
        <source>Dignity</source>
        <translation>Urddas</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Amddiffyn</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Rheolaeth</translation>
    </message>
    <message>
        <source>Work and leisure</source>
        <translation>Gwaith a hamdden</translation>
    </message>
    <message>
        <source>Social and money</source>
        <translation>Cymdeithasol ac arian</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Perthnasoedd</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Cyfraniad</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>pryderon</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <source>matters a little</source>
        <translation>ychydig yn bwysig</translation>
    </message>
    <message>
        <source>matters quite a lot</source>
        <translation>eithaf pwysig</translation>
    </message>
    <message>
        <source>matters a lot</source>
        <translation>pwysig iawn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The nine areas of wellbeing. %1.</source>
        <translation>Y naw maes llesiant. %1.</translation>
    </message>
</context>
<context>
    <name>hearth::WellbeingWheelView</name>
    <message>
        <source>Wellbeing wheel</source>
        <translation>Olwyn llesiant</translation>
    </message>
</context>
<context>
    <name>hearth::appsettings</name>
    <message>
        <source>No council table is loaded.</source>
        <translation>Nid oes tabl cyngor wedi&apos;i lwytho.</translation>
    </message>
    <message>
        <source>Hearth cannot open “%1”: %2.</source>
        <translation>Ni all Hearth agor “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a RAS table.</source>
        <translation>Mae “%1” yn rhy fawr i fod yn dabl RAS.</translation>
    </message>
    <message>
        <source>“%1” is not a RAS table Hearth can use. %2</source>
        <translation>Nid yw “%1” yn dabl RAS y gall Hearth ei ddefnyddio. %2</translation>
    </message>
    <message>
        <source>Hearth cannot make the folder %1.</source>
        <translation>Ni all Hearth greu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Hearth cannot save the council&apos;s table in %1: %2.</source>
        <translation>Ni all Hearth gadw tabl y cyngor yn %1: %2.</translation>
    </message>
    <message>
        <source>Hearth cannot remove the council&apos;s table from %1.</source>
        <translation>Ni all Hearth dynnu tabl y cyngor o %1.</translation>
    </message>
</context>
<context>
    <name>hearth::cli</name>
    <message>
        <source>No store at %1. Make one with: hearth-cli init --db %1</source>
        <translation>Nid oes storfa yn %1. Crëwch un gyda: hearth-cli init --db %1</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Cyfrinymadrodd ar gyfer %1: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 id (expected a UUID).</source>
        <translation>Nid yw &apos;%1&apos; yn ddynodwr %2 dilys (disgwylid UUID).</translation>
    </message>
    <message>
        <source>Run &apos;hearth-cli --help&apos; for usage.</source>
        <translation>Rhedwch &apos;hearth-cli --help&apos; i weld sut i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>Give the practitioner&apos;s name with --practitioner NAME.</source>
        <translation>Rhowch enw&apos;r ymarferydd gyda --practitioner NAME.</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a store.</source>
        <translation>Mae %1 yn bodoli eisoes; nid yw init byth yn ysgrifennu dros storfa.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Cyfrinymadrodd newydd ar gyfer %1: </translation>
    </message>
    <message>
        <source>Created an encrypted store at %1 for %2.
</source>
        <translation>Crëwyd storfa wedi&apos;i hamgryptio yn %1 ar gyfer %2.
</translation>
    </message>
    <message>
        <source>import-case takes exactly one case file.</source>
        <translation>Mae import-case yn cymryd union un ffeil achos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes; a case file may be at most %3 bytes.</source>
        <translation>%1: mae&apos;r ffeil yn %2 beit; gall ffeil achos fod yn %3 beit ar y mwyaf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported the case of %1: %n assessment(s).
</source>
        <translation>
            <numerusform>Mewnforiwyd achos %1: %n asesiad.
</numerusform>
            <numerusform>Mewnforiwyd achos %1: %n asesiad.
</numerusform>
            <numerusform>Mewnforiwyd achos %1: %n asesiad.
</numerusform>
            <numerusform>Mewnforiwyd achos %1: %n asesiad.
</numerusform>
            <numerusform>Mewnforiwyd achos %1: %n asesiad.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>export-case takes exactly one case id.</source>
        <translation>Mae export-case yn cymryd union un dynodwr achos.</translation>
    </message>
    <message>
        <source>export-case needs -o FILE (or -o - for standard output).</source>
        <translation>Mae angen -o FILE ar export-case (neu -o - ar gyfer yr allbwn safonol).</translation>
    </message>
    <message>
        <source>case</source>
        <translation>achos</translation>
    </message>
    <message>
        <source>The case %1 has no assessment yet.</source>
        <translation>Nid oes asesiad gan yr achos %1 eto.</translation>
    </message>
    <message>
        <source>The case has no assessment %1.</source>
        <translation>Nid oes gan yr achos asesiad %1.</translation>
    </message>
    <message>
        <source>%1 takes exactly one case id.</source>
        <translation>Mae %1 yn cymryd union un dynodwr achos.</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>asesiad</translation>
    </message>
    <message>
        <source>%1 needs -o FILE.pdf (or -o - for standard output).</source>
        <translation>Mae angen -o FILE.pdf ar %1 (neu -o - ar gyfer yr allbwn safonol).</translation>
    </message>
    <message>
        <source>enrol needs --office-key office.pub and -o device.pub.</source>
        <translation>Mae angen --office-key office.pub a -o device.pub ar enrol.</translation>
    </message>
    <message>
        <source>This laptop is enrolled with the office whose fingerprint is %1. Give %2 to the office, which enrols it with: hearth-office enrol-device
</source>
        <translation>Mae&apos;r gliniadur hwn wedi&apos;i gofrestru gyda&apos;r swyddfa sydd ag ôl bys %1. Rhowch %2 i&apos;r swyddfa, a fydd yn ei gofrestru gyda: hearth-office enrol-device
</translation>
    </message>
    <message>
        <source>export-bundle needs -o FOLDER, where the bundle is written.</source>
        <translation>Mae angen -o FOLDER ar export-bundle, sef lle caiff y bwndel ei ysgrifennu.</translation>
    </message>
    <message>
        <source>Nothing has changed since the office&apos;s last receipt: no bundle was written.</source>
        <translation>Nid oes dim wedi newid ers derbynneb ddiwethaf y swyddfa: ni ysgrifennwyd unrhyw fwndel.</translation>
    </message>
    <message>
        <source>import-receipt takes the receipt file(s) from the office.</source>
        <translation>Mae import-receipt yn cymryd ffeil(iau) derbynneb y swyddfa.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: methu darllen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the office has bundle %2 (%n record(s)</source>
        <translation>
            <numerusform>%1: mae gan y swyddfa fwndel %2 (%n cofnod</numerusform>
            <numerusform>%1: mae gan y swyddfa fwndel %2 (%n cofnod</numerusform>
            <numerusform>%1: mae gan y swyddfa fwndel %2 (%n cofnod</numerusform>
            <numerusform>%1: mae gan y swyddfa fwndel %2 (%n cofnod</numerusform>
            <numerusform>%1: mae gan y swyddfa fwndel %2 (%n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n printout(s))</source>
        <translation>
            <numerusform>, %n allbrint)</numerusform>
            <numerusform>, %n allbrint)</numerusform>
            <numerusform>, %n allbrint)</numerusform>
            <numerusform>, %n allbrint)</numerusform>
            <numerusform>, %n allbrint)</numerusform>
        </translation>
    </message>
    <message>
        <source>; this receipt had been read before</source>
        <translation>; roedd y dderbynneb hon wedi&apos;i darllen o&apos;r blaen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) conflict with another laptop&apos;s changes; the office keeps both and will decide.
</source>
        <translation>
            <numerusform>%1: mae %n cofnod yn gwrthdaro â newidiadau gliniadur arall; mae&apos;r swyddfa&apos;n cadw&apos;r ddwy fersiwn a bydd yn penderfynu.
</numerusform>
            <numerusform>%1: mae %n cofnod yn gwrthdaro â newidiadau gliniadur arall; mae&apos;r swyddfa&apos;n cadw&apos;r ddwy fersiwn a bydd yn penderfynu.
</numerusform>
            <numerusform>%1: mae %n cofnod yn gwrthdaro â newidiadau gliniadur arall; mae&apos;r swyddfa&apos;n cadw&apos;r ddwy fersiwn a bydd yn penderfynu.
</numerusform>
            <numerusform>%1: mae %n cofnod yn gwrthdaro â newidiadau gliniadur arall; mae&apos;r swyddfa&apos;n cadw&apos;r ddwy fersiwn a bydd yn penderfynu.
</numerusform>
            <numerusform>%1: mae %n cofnod yn gwrthdaro â newidiadau gliniadur arall; mae&apos;r swyddfa&apos;n cadw&apos;r ddwy fersiwn a bydd yn penderfynu.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The store passed its integrity check and its audit chain verifies.
</source>
        <translation>Pasiodd y storfa ei gwiriad cywirdeb, ac mae ei chadwyn archwilio wedi&apos;i gwirio.
</translation>
    </message>
    <message>
        <source>No store at %1.</source>
        <translation>Nid oes storfa yn %1.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Cyfrinymadrodd presennol: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <source>The passphrase of %1 has been changed.
</source>
        <translation>Mae cyfrinymadrodd %1 wedi&apos;i newid.
</translation>
    </message>
    <message>
        <source>Hearth&apos;s command-line tool for the laptop store.</source>
        <translation>Offeryn llinell orchymyn Hearth ar gyfer storfa&apos;r gliniadur.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Dangos y fersiwn.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Ffeil y storfa.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The practitioner&apos;s name (init).</source>
        <translation>Enw&apos;r ymarferydd (init).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Where to write (export-case, plan, easy-read, enrol, export-bundle).</source>
        <translation>Ble i ysgrifennu (export-case, plan, easy-read, enrol, export-bundle).</translation>
    </message>
    <message>
        <source>The office&apos;s public key (enrol).</source>
        <translation>Allwedd gyhoeddus y swyddfa (enrol).</translation>
    </message>
    <message>
        <source>Which assessment (eligibility, plan, easy-read).</source>
        <translation>Pa asesiad (eligibility, plan, easy-read).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the passphrase from FILE.</source>
        <translation>Darllen y cyfrinymadrodd o FILE.</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>Darllen y cyfrinymadrodd newydd o FILE.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Beth i&apos;w wneud.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Ni roddwyd gorchymyn.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Gorchymyn anhysbys &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 needs --db FILE.</source>
        <translation>Mae angen --db FILE ar %1.</translation>
    </message>
    <message>
        <source>No passphrase given: set HEARTH_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>Ni roddwyd cyfrinymadrodd: gosodwch HEARTH_PASSPHRASE neu defnyddiwch --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Methu darllen y ffeil cyfrinymadrodd %1: %2</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Mae&apos;r cyfrinymadrodd yn wag.</translation>
    </message>
    <message>
        <source>Usage: hearth-cli [--passphrase-file FILE] COMMAND [OPTIONS]

Commands:
  init --db FILE [--practitioner NAME]   make a new encrypted store
  import-case --db FILE CASE.json        import a case file; prints the case id
  export-case --db FILE ID -o OUT.json   write a case as a case file (- for stdout)
  eligibility --db FILE ID [--assessment AID]
                                         the eligibility proposal and decision, as JSON
  plan --db FILE ID -o PLAN.pdf [--assessment AID]
                                         the care and support plan as a PDF
  easy-read --db FILE ID -o EASY.pdf [--assessment AID]
                                         the plan in easy read, as a PDF
                                         (plan and easy-read: --language en|cy; by
                                         default Welsh when the person&apos;s preferred
                                         language is Welsh, else the system&apos;s)
  enrol --db FILE --office-key office.pub -o device.pub
                                         enrol this laptop with the office; writes the
                                         laptop&apos;s public key for the office
  export-bundle --db FILE -o FOLDER      write the end-of-day sync bundle (everything
                                         changed since the office&apos;s last receipt);
                                         prints its path
  import-receipt --db FILE RECEIPT...    read back the office&apos;s receipt(s)
  verify --db FILE                       integrity check and audit-chain check
  change-passphrase --db FILE            re-wrap the store&apos;s key under a new passphrase

The passphrase comes from --passphrase-file FILE (first line), the environment
variable HEARTH_PASSPHRASE, or a prompt; never from an argument. For
change-passphrase the new one comes from --new-passphrase-file FILE,
HEARTH_NEW_PASSPHRASE, or a prompt.

Exit status: 0 done, 1 failed (the message says why), 2 wrong command line.
</source>
        <translation>Defnydd: hearth-cli [--passphrase-file FILE] COMMAND [OPTIONS]

Gorchmynion:
  init --db FILE [--practitioner NAME]   gwneud storfa newydd wedi&apos;i hamgryptio
  import-case --db FILE CASE.json        mewnforio ffeil achos; yn argraffu dynodwr yr achos
  export-case --db FILE ID -o OUT.json   ysgrifennu achos fel ffeil achos (- ar gyfer stdout)
  eligibility --db FILE ID [--assessment AID]
                                         y cynnig a&apos;r penderfyniad ar gymhwysedd, fel JSON
  plan --db FILE ID -o PLAN.pdf [--assessment AID]
                                         y cynllun gofal a chymorth fel PDF
  easy-read --db FILE ID -o EASY.pdf [--assessment AID]
                                         y cynllun hawdd ei ddeall, fel PDF
                                         (plan ac easy-read: --language en|cy; yn
                                         ddiofyn Cymraeg pan mai Cymraeg yw dewis
                                         iaith y person, fel arall iaith y system)
  enrol --db FILE --office-key office.pub -o device.pub
                                         cofrestru&apos;r gliniadur hwn gyda&apos;r swyddfa; yn
                                         ysgrifennu allwedd gyhoeddus y gliniadur i&apos;r swyddfa
  export-bundle --db FILE -o FOLDER      ysgrifennu bwndel cysoni diwedd y dydd (popeth
                                         a newidiodd ers derbynneb olaf y swyddfa);
                                         yn argraffu ei lwybr
  import-receipt --db FILE RECEIPT...    darllen derbynneb(ion) y swyddfa
  verify --db FILE                       gwiriad cywirdeb a gwiriad y gadwyn archwilio
  change-passphrase --db FILE            lapio allwedd y storfa eto dan gyfrinymadrodd newydd

Daw&apos;r cyfrinymadrodd o --passphrase-file FILE (y llinell gyntaf), y newidyn
amgylchedd HEARTH_PASSPHRASE, neu anogwr; byth o ymresymiad. Ar gyfer
change-passphrase daw&apos;r un newydd o --new-passphrase-file FILE,
HEARTH_NEW_PASSPHRASE, neu anogwr.

Statws gadael: 0 wedi&apos;i wneud, 1 wedi methu (mae&apos;r neges yn dweud pam), 2 llinell orchymyn anghywir.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language Hearth prints in: use en (English) or cy (Cymraeg).</source>
        <translation>Nid yw &apos;%1&apos; yn iaith y mae Hearth yn argraffu ynddi: defnyddiwch en (Saesneg) neu cy (Cymraeg).</translation>
    </message>
    <message>
        <source>The printout&apos;s language: en or cy (plan, easy-read).</source>
        <translation>Iaith yr allbrint: en neu cy (plan, easy-read).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
</context>
<context>
    <name>hearth::office</name>
    <message>
        <source>Usage: hearth-office COMMAND [OPTIONS]

Commands:
  check-case FILE...   check case files sent from a laptop; each is reported
                       as valid or with the first problem and where it is
  keygen --out DIR     make the office&apos;s keys: DIR/office.pub for the laptops,
                       DIR/office.key encrypted under the office passphrase
  enrol-device --db TARGET --keys DIR DEVICE.pub...
                       register laptops that enrolled with this office
  import --db TARGET --keys DIR [--receipts DIR] BUNDLE...
                       import sync bundles; writes a receipt for each
                       (beside the bundle, or in --receipts DIR)
  conflicts --db TARGET
                       list records two laptops changed from the same point
  dump --db TARGET     print every record in a canonical, stable order
  --version            print the version
  --help               print this help

TARGET is a PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE) or the
path of an SQLite file. Either is created and brought up to date on first use.
The office passphrase comes from --passphrase-file FILE (first line), the
environment variable HEARTH_OFFICE_PASSPHRASE, or a prompt.

Exit status: 0 done, 1 something failed (the message says what), 2 wrong
command line.
</source>
        <translation>Defnydd: hearth-office COMMAND [OPTIONS]

Gorchmynion:
  check-case FILE...   gwirio ffeiliau achos a anfonwyd o liniadur; nodir bod
                       pob un yn ddilys, neu rhoddir y broblem gyntaf a ble mae hi
  keygen --out DIR     creu allweddi&apos;r swyddfa: DIR/office.pub ar gyfer y gliniaduron,
                       DIR/office.key wedi&apos;i hamgryptio â chyfrinymadrodd y swyddfa
  enrol-device --db TARGET --keys DIR DEVICE.pub...
                       derbyn gliniaduron a gofrestrodd gyda&apos;r swyddfa hon
  import --db TARGET --keys DIR [--receipts DIR] BUNDLE...
                       mewnforio bwndeli cysoni; yn ysgrifennu derbynneb ar gyfer pob un
                       (wrth ymyl y bwndel, neu yn --receipts DIR)
  conflicts --db TARGET
                       rhestru cofnodion a newidiwyd gan ddau liniadur o&apos;r un man
  dump --db TARGET     argraffu pob cofnod mewn trefn safonol, sefydlog
  --version            argraffu&apos;r fersiwn
  --help               argraffu&apos;r cymorth hwn

Mae TARGET yn gyfeiriad PostgreSQL (postgresql://USER@HOST:PORT/DATABASE) neu&apos;n
llwybr ffeil SQLite. Caiff y naill neu&apos;r llall ei chreu a&apos;i diweddaru y tro cyntaf
y caiff ei defnyddio. Daw cyfrinymadrodd y swyddfa o --passphrase-file FILE (y llinell
gyntaf), o&apos;r newidyn amgylchedd HEARTH_OFFICE_PASSPHRASE, neu o anogwr.

Statws gadael: 0 wedi gorffen, 1 methodd rhywbeth (mae&apos;r neges yn dweud beth),
2 llinell orchymyn anghywir.
</translation>
    </message>
    <message>
        <source>check-case: name at least one case file.
</source>
        <translation>check-case: enwch o leiaf un ffeil achos.
</translation>
    </message>
    <message>
        <source>%1: cannot read: %2
</source>
        <translation>%1: methu darllen: %2
</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes; a case file may be at most %3 bytes.
</source>
        <translation>%1: mae&apos;r ffeil yn %2 beit; gall ffeil achos fod yn %3 beit ar y mwyaf.
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1: valid (%2, %3 assessment(s))
</source>
        <translation>%1: dilys (%2, %3 asesiad)
</translation>
    </message>
    <message>
        <source>keygen needs --out DIR.</source>
        <translation>Mae angen --out DIR ar keygen.</translation>
    </message>
    <message>
        <source>%1 already exists; the office keys were left as they are.</source>
        <translation>Mae %1 yn bodoli eisoes; mae allweddi&apos;r swyddfa wedi&apos;u gadael fel y maen nhw.</translation>
    </message>
    <message>
        <source>New office passphrase: </source>
        <translation>Cyfrinymadrodd newydd y swyddfa: </translation>
    </message>
    <message>
        <source>The office passphrase must be at least 12 characters.</source>
        <translation>Rhaid i gyfrinymadrodd y swyddfa fod yn 12 nod o leiaf.</translation>
    </message>
    <message>
        <source>Office keys made. Give %1 to each laptop to enrol; keep %2 and its passphrase safe.
Fingerprint: %3
</source>
        <translation>Crëwyd allweddi&apos;r swyddfa. Rhowch %1 i bob gliniadur er mwyn iddo gofrestru; cadwch %2 a&apos;i chyfrinymadrodd yn ddiogel.
Ôl bys: %3
</translation>
    </message>
    <message>
        <source>enrol-device needs --db TARGET, --keys DIR and the laptops&apos; device.pub files.</source>
        <translation>Mae angen --db TARGET, --keys DIR a ffeiliau device.pub y gliniaduron ar enrol-device.</translation>
    </message>
    <message>
        <source>%1: enrolled the laptop of %2 (device %3).
</source>
        <translation>%1: cofrestrwyd gliniadur %2 (dyfais %3).
</translation>
    </message>
    <message>
        <source>import needs --db TARGET, --keys DIR and at least one bundle.</source>
        <translation>Mae angen --db TARGET, --keys DIR ac o leiaf un bwndel ar import.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>Nid yw %1 yn ffolder.</translation>
    </message>
    <message>
        <source>Office passphrase: </source>
        <translation>Cyfrinymadrodd y swyddfa: </translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: methu darllen: %2</translation>
    </message>
    <message>
        <source>%1: rejected: the file is larger than any bundle can be.</source>
        <translation>%1: gwrthodwyd: mae&apos;r ffeil yn fwy nag y gall unrhyw fwndel fod.</translation>
    </message>
    <message>
        <source>%1: rejected, nothing imported: %2</source>
        <translation>%1: gwrthodwyd, ni fewnforiwyd dim: %2</translation>
    </message>
    <message>
        <source>%1: imported, but the receipt %2 could not be written: %3. Import the bundle again to write it.</source>
        <translation>%1: mewnforiwyd, ond ni ellid ysgrifennu&apos;r dderbynneb %2: %3. Mewnforiwch y bwndel eto i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>%1: bundle %2 from %3 was already imported; nothing changed</source>
        <translation>%1: roedd bwndel %2 gan %3 wedi&apos;i fewnforio eisoes; ni newidiodd dim</translation>
    </message>
    <message>
        <source>%1: imported bundle %2 from %3</source>
        <translation>%1: mewnforiwyd bwndel %2 gan %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n record(s)</source>
        <translation>
            <numerusform> (%n cofnod</numerusform>
            <numerusform> (%n cofnod</numerusform>
            <numerusform> (%n cofnod</numerusform>
            <numerusform> (%n cofnod</numerusform>
            <numerusform> (%n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n printout(s))</source>
        <translation>
            <numerusform>, %n allbrint)</numerusform>
            <numerusform>, %n allbrint)</numerusform>
            <numerusform>, %n allbrint)</numerusform>
            <numerusform>, %n allbrint)</numerusform>
            <numerusform>, %n allbrint)</numerusform>
        </translation>
    </message>
    <message>
        <source>; receipt %1
</source>
        <translation>; derbynneb %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) in conflict: see hearth-office conflicts
</source>
        <translation>
            <numerusform>%1: %n cofnod yn gwrthdaro: gweler hearth-office conflicts
</numerusform>
            <numerusform>%1: %n cofnod yn gwrthdaro: gweler hearth-office conflicts
</numerusform>
            <numerusform>%1: %n cofnod yn gwrthdaro: gweler hearth-office conflicts
</numerusform>
            <numerusform>%1: %n cofnod yn gwrthdaro: gweler hearth-office conflicts
</numerusform>
            <numerusform>%1: %n cofnod yn gwrthdaro: gweler hearth-office conflicts
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not yet received from this laptop: bundle(s) %2
</source>
        <translation>%1: heb eu derbyn gan y gliniadur hwn eto: bwndel(i) %2
</translation>
    </message>
    <message>
        <source>No conflicts.
</source>
        <translation>Dim gwrthdaro.
</translation>
    </message>
    <message>
        <source>%1 (device %2) changed it from version %3 to %4</source>
        <translation>Newidiodd %1 (dyfais %2) ef o fersiwn %3 i %4</translation>
    </message>
    <message>
        <source>%1 %2
  %3
  %4
  differs in: %5
</source>
        <translation>%1 %2
  %3
  %4
  yn wahanol o ran: %5
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Dangos y fersiwn.</translation>
    </message>
    <message>
        <source>The office database.</source>
        <translation>Cronfa ddata&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>The folder with the office keys.</source>
        <translation>Y ffolder sy&apos;n dal allweddi&apos;r swyddfa.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Where keygen writes the keys.</source>
        <translation>Ble mae keygen yn ysgrifennu&apos;r allweddi.</translation>
    </message>
    <message>
        <source>Where import writes receipts.</source>
        <translation>Ble mae import yn ysgrifennu derbynebion.</translation>
    </message>
    <message>
        <source>Read the office passphrase from FILE.</source>
        <translation>Darllen cyfrinymadrodd y swyddfa o FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>gorchymyn anhysbys &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 needs --db TARGET.</source>
        <translation>Mae angen --db TARGET ar %1.</translation>
    </message>
    <message>
        <source>%1 takes no other arguments.</source>
        <translation>Nid yw %1 yn cymryd unrhyw ymresymiadau eraill.</translation>
    </message>
</context>
<context>
    <name>hearth::office::OfficeDatabase</name>
    <message>
        <source>The office database %1 could not be used: %2</source>
        <translation>Ni ellid defnyddio cronfa ddata&apos;r swyddfa %1: %2</translation>
    </message>
    <message>
        <source>The office database %1 was made by a newer hearth-office (schema %2; this one knows %3). Update hearth-office.</source>
        <translation>Crëwyd cronfa ddata&apos;r swyddfa %1 gan fersiwn fwy newydd o hearth-office (sgema %2; mae&apos;r fersiwn hon yn adnabod %3). Diweddarwch hearth-office.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Nid yw %1 yn gyfeiriad PostgreSQL: ysgrifennwch ef fel postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql.</source>
        <translation>Nid yw gyrrwr PostgreSQL Qt (QPSQL) wedi&apos;i osod: gosodwch libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The folder for the office database %1 does not exist.</source>
        <translation>Nid yw&apos;r ffolder ar gyfer cronfa ddata&apos;r swyddfa %1 yn bodoli.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>Nid yw %1 yn ffeil cronfa ddata.</translation>
    </message>
    <message>
        <source>%1 is not an office database (not an SQLite file).</source>
        <translation>Nid yw %1 yn gronfa ddata swyddfa (nid yw&apos;n ffeil SQLite).</translation>
    </message>
    <message>
        <source>The office database %1 could not be opened: %2</source>
        <translation>Ni ellid agor cronfa ddata&apos;r swyddfa %1: %2</translation>
    </message>
    <message>
        <source>The laptop %1 (%2) enrolled with another office&apos;s key, not this one: enrol it again with this office&apos;s office.pub.</source>
        <translation>Cofrestrodd y gliniadur %1 (%2) gydag allwedd swyddfa arall, nid yr un hon: cofrestrwch ef eto gydag office.pub y swyddfa hon.</translation>
    </message>
    <message>
        <source>The laptop %1 is already enrolled with a different key. If it was reinstalled, give it a new store so it has a new device id.</source>
        <translation>Mae&apos;r gliniadur %1 eisoes wedi&apos;i gofrestru gydag allwedd wahanol. Os cafodd ei ailosod, rhowch storfa newydd iddo fel bod ganddo ddynodwr dyfais newydd.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not valid: %1</source>
        <translation>Nid yw cynnwys y bwndel yn ddilys: %1</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest names another laptop (%1) than the one that signed it (%2).</source>
        <translation>Mae maniffest y bwndel yn enwi gliniadur gwahanol (%1) i&apos;r un a&apos;i llofnododd (%2).</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 was imported before with different contents: this one is a replay or a forgery and was not imported.</source>
        <translation>Mewnforiwyd bwndel %1 gan %2 o&apos;r blaen gyda chynnwys gwahanol: mae hwn yn ailchwarae neu&apos;n ffugiad, ac ni chafodd ei fewnforio.</translation>
    </message>
    <message>
        <source>%1 %2 version %3 from %4 differs from the one it sent before; the bundle was not imported.</source>
        <translation>Mae cofnod %1 %2, fersiwn %3, gan %4 yn wahanol i&apos;r un a anfonodd o&apos;r blaen; ni fewnforiwyd y bwndel.</translation>
    </message>
</context>
<context>
    <name>hearth::sync::BundleEnvelope</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Ni allai&apos;r llyfrgell amgryptio gychwyn.</translation>
    </message>
    <message>
        <source>The office key is not a Hearth office key.</source>
        <translation>Nid yw allwedd y swyddfa yn allwedd swyddfa Hearth.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled: it has no signing key.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gofrestru: nid oes ganddo allwedd llofnodi.</translation>
    </message>
    <message>
        <source>The bundle could not be encrypted.</source>
        <translation>Ni ellid amgryptio&apos;r bwndel.</translation>
    </message>
    <message>
        <source>This is not a Hearth sync bundle.</source>
        <translation>Nid bwndel cysoni Hearth yw hwn.</translation>
    </message>
    <message>
        <source>The bundle is truncated: it ends inside its header.</source>
        <translation>Mae&apos;r bwndel wedi&apos;i gwtogi: mae&apos;n gorffen y tu mewn i&apos;w bennyn.</translation>
    </message>
    <message>
        <source>The bundle is in format version %1; this office reads version %2.</source>
        <translation>Mae&apos;r bwndel yn fersiwn fformat %1; mae&apos;r swyddfa hon yn darllen fersiwn %2.</translation>
    </message>
    <message>
        <source>The bundle was encrypted for another office&apos;s key, not this one.</source>
        <translation>Amgryptiwyd y bwndel ar gyfer allwedd swyddfa arall, nid yr un hon.</translation>
    </message>
    <message>
        <source>The bundle is truncated: it is too short to hold its contents.</source>
        <translation>Mae&apos;r bwndel wedi&apos;i gwtogi: mae&apos;n rhy fyr i ddal ei gynnwys.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the bundle.</source>
        <translation>Nid oes digon o gof i agor y bwndel.</translation>
    </message>
    <message>
        <source>The bundle cannot be decrypted: it is damaged or truncated.</source>
        <translation>Ni ellir dadgryptio&apos;r bwndel: mae wedi&apos;i ddifrodi neu wedi&apos;i gwtogi.</translation>
    </message>
    <message>
        <source>The bundle comes from a laptop that is not enrolled with this office (device %1).</source>
        <translation>Daw&apos;r bwndel o liniadur nad yw wedi&apos;i gofrestru gyda&apos;r swyddfa hon (dyfais %1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match the laptop that sent it.</source>
        <translation>Nid yw llofnod y bwndel yn cyfateb i&apos;r gliniadur a&apos;i anfonodd.</translation>
    </message>
</context>
<context>
    <name>hearth::sync::BundlePayload</name>
    <message>
        <source>missing or not text</source>
        <translation>ar goll neu nid testun</translation>
    </message>
    <message>
        <source>not a UUID: &apos;%1&apos;</source>
        <translation>nid UUID: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing or not a whole number of at least %1</source>
        <translation>ar goll neu nid rhif cyfan o %1 o leiaf</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are too large (%1 bytes).</source>
        <translation>Mae cynnwys y bwndel yn rhy fawr (%1 beit).</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not JSON: %1 at byte %2.</source>
        <translation>Nid JSON yw cynnwys y bwndel: %1 yn beit %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not a JSON object.</source>
        <translation>Nid gwrthrych JSON yw cynnwys y bwndel.</translation>
    </message>
    <message>
        <source>format: not a Hearth bundle.</source>
        <translation>format: nid bwndel Hearth.</translation>
    </message>
    <message>
        <source>formatVersion: %1 is not a version this office reads (it reads %2).</source>
        <translation>formatVersion: nid yw %1 yn fersiwn y mae&apos;r swyddfa hon yn ei darllen (mae&apos;n darllen %2).</translation>
    </message>
    <message>
        <source>not a date and time: &apos;%1&apos;</source>
        <translation>nid dyddiad ac amser: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>ar goll neu nid rhestr</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>math anhysbys &apos;%1&apos;</translation>
    </message>
    <message>
        <source>later than the version itself</source>
        <translation>yn hwyrach na&apos;r fersiwn ei hun</translation>
    </message>
    <message>
        <source>present but not true</source>
        <translation>yn bresennol ond heb fod yn true</translation>
    </message>
    <message>
        <source>a deleted record has no data</source>
        <translation>nid oes data gan gofnod sydd wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>ar goll neu nid gwrthrych</translation>
    </message>
    <message>
        <source>the same record twice</source>
        <translation>yr un cofnod ddwywaith</translation>
    </message>
    <message>
        <source>%1 bytes, more than the bundle holds after its JSON</source>
        <translation>%1 beit, mwy nag sydd gan y bwndel ar ôl ei JSON</translation>
    </message>
    <message>
        <source>the bytes there are not a PDF</source>
        <translation>nid PDF yw&apos;r beitiau yno</translation>
    </message>
    <message>
        <source>does not match the content</source>
        <translation>nid yw&apos;n cyfateb i&apos;r cynnwys</translation>
    </message>
    <message>
        <source>%1 bytes follow the JSON that no document accounts for</source>
        <translation>mae %1 beit yn dilyn y JSON heb fod yn perthyn i unrhyw ddogfen</translation>
    </message>
    <message>
        <source>manifest.documentCount: says %1 documents, the bundle holds %2.</source>
        <translation>manifest.documentCount: mae&apos;n dweud %1 dogfen, mae gan y bwndel %2.</translation>
    </message>
    <message>
        <source>manifest.recordCount: says %1 records, the bundle holds %2.</source>
        <translation>manifest.recordCount: mae&apos;n dweud %1 cofnod, mae gan y bwndel %2.</translation>
    </message>
    <message>
        <source>manifest.contentHash: the records do not match their hash.</source>
        <translation>manifest.contentHash: nid yw&apos;r cofnodion yn cyfateb i&apos;w stwnsh.</translation>
    </message>
</context>
<context>
    <name>hearth::sync::ImportReceipt</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Ni allai&apos;r llyfrgell amgryptio gychwyn.</translation>
    </message>
    <message>
        <source>This is not an office receipt: it is far too large.</source>
        <translation>Nid derbynneb swyddfa yw hon: mae&apos;n llawer rhy fawr.</translation>
    </message>
    <message>
        <source>This is not an office receipt: it is not JSON.</source>
        <translation>Nid derbynneb swyddfa yw hon: nid JSON yw hi.</translation>
    </message>
    <message>
        <source>This is not an office receipt.</source>
        <translation>Nid derbynneb swyddfa yw hon.</translation>
    </message>
    <message>
        <source>The receipt is in format version %1; this Hearth reads version %2.</source>
        <translation>Mae&apos;r dderbynneb yn fersiwn fformat %1; mae&apos;r copi hwn o Hearth yn darllen fersiwn %2.</translation>
    </message>
    <message>
        <source>The receipt is from another office, not the one this laptop is enrolled with.</source>
        <translation>Mae&apos;r dderbynneb gan swyddfa arall, nid yr un y mae&apos;r gliniadur hwn wedi&apos;i gofrestru gyda hi.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not match the office: it has been changed or damaged.</source>
        <translation>Nid yw llofnod y dderbynneb yn cyfateb i&apos;r swyddfa: mae wedi&apos;i newid neu wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>The receipt&apos;s %1 is missing or not valid.</source>
        <translation>Mae maes %1 y dderbynneb ar goll neu&apos;n annilys.</translation>
    </message>
</context>
<context>
    <name>hearth::sync::LaptopSync</name>
    <message>
        <source>This laptop is not enrolled with an office yet: enrol it with the office&apos;s public key first (office.pub).</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gofrestru gyda swyddfa eto: cofrestrwch ef gydag allwedd gyhoeddus y swyddfa yn gyntaf (office.pub).</translation>
    </message>
    <message>
        <source>The %1 printout for %2 was not sent: %3</source>
        <translation>Ni anfonwyd yr allbrint %1 ar gyfer %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>Nid yw %1 yn ffolder.</translation>
    </message>
    <message>
        <source>The stored %1 %2 could not be read: %3</source>
        <translation>Ni ellid darllen y cofnod %1 %2 sydd wedi&apos;i storio: %3</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>Mae %1 yn bodoli eisoes; cafodd ei adael fel y mae.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>Ni ellid ysgrifennu&apos;r bwndel i %1: %2</translation>
    </message>
    <message>
        <source>The receipt is for another laptop (device %1), not this one.</source>
        <translation>Mae&apos;r dderbynneb ar gyfer gliniadur arall (dyfais %1), nid yr un hwn.</translation>
    </message>
    <message>
        <source>The receipt is for bundle %1, which this laptop never wrote.</source>
        <translation>Mae&apos;r dderbynneb ar gyfer bwndel %1, nad ysgrifennodd y gliniadur hwn erioed.</translation>
    </message>
    <message>
        <source>The receipt does not match bundle %1 as this laptop wrote it.</source>
        <translation>Nid yw&apos;r dderbynneb yn cyfateb i fwndel %1 fel yr ysgrifennodd y gliniadur hwn ef.</translation>
    </message>
</context>
<context>
    <name>hearth::sync::OfficeKeys</name>
    <message>
        <source>%1 is not %2: it is not JSON.</source>
        <translation>Nid yw %1 yn %2: nid JSON ydyw.</translation>
    </message>
    <message>
        <source>%1 is not %2.</source>
        <translation>Nid yw %1 yn %2.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Hearth (format version %2). Update Hearth to read it.</source>
        <translation>Crëwyd %1 gan fersiwn fwy newydd o Hearth (fersiwn fformat %2). Diweddarwch Hearth i&apos;w ddarllen.</translation>
    </message>
    <message>
        <source>%1 is not %2: its %3 is missing or the wrong size.</source>
        <translation>Nid yw %1 yn %2: mae&apos;r maes %3 ar goll neu o&apos;r maint anghywir.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Nid yw %1 yn bodoli.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Ni ellid darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>Mae %1 yn rhy fawr i fod yn ffeil allwedd.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>Mae %1 yn bodoli eisoes; cafodd ei adael fel y mae.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Ni ellid ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>an office public key</source>
        <translation>allwedd gyhoeddus swyddfa</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Ni allai&apos;r llyfrgell amgryptio gychwyn.</translation>
    </message>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>Nid oes digon o gof i ddal allwedd.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Ni ellid creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>%1 already exists; the office keys were left as they are.</source>
        <translation>Mae %1 yn bodoli eisoes; mae allweddi&apos;r swyddfa wedi&apos;u gadael fel y maen nhw.</translation>
    </message>
    <message>
        <source>%1 does not belong with the private key %2.</source>
        <translation>Nid yw %1 yn perthyn i&apos;r allwedd breifat %2.</translation>
    </message>
    <message>
        <source>a laptop&apos;s public key</source>
        <translation>allwedd gyhoeddus gliniadur</translation>
    </message>
    <message>
        <source>%1 is not %2: its deviceId is missing.</source>
        <translation>Nid yw %1 yn %2: mae&apos;r maes deviceId ar goll.</translation>
    </message>
    <message>
        <source>%1 is not %2: it does not say which office it enrolled with.</source>
        <translation>Nid yw %1 yn %2: nid yw&apos;n dweud gyda pha swyddfa y cofrestrodd.</translation>
    </message>
</context>
</TS>
