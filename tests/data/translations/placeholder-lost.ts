<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>hearth::PlanPdf</name>
    <message>
        <source>Care and support plan for %1</source>
        <translation>Cynllun gofal a chymorth</translation>
    </message>
</context>
</TS>
