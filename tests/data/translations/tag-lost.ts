<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>hearth::SyncActions</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is enrolled.</source>
        <translation>Mae %1 wedi&apos;i gofrestru.</translation>
    </message>
</context>
</TS>
