<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AiSettingFields</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
</context>
<context>
    <name>AiSettings</name>
    <message>
        <source>Longest answer, in tokens</source>
        <translation>Längste Antwort, in Token</translation>
    </message>
    <message>
        <source>Sampling temperature</source>
        <translation>Sampling-Temperatur</translation>
    </message>
    <message>
        <source>Wait for the provider to answer, ms</source>
        <translation>Wartezeit auf die Antwort des Anbieters, ms</translation>
    </message>
    <message>
        <source>Longest silence inside a streamed answer, ms</source>
        <translation>Längste Pause innerhalb einer gestreamten Antwort, ms</translation>
    </message>
    <message>
        <source>Retries for 429, 529 and 5xx answers</source>
        <translation>Wiederholungen bei Antworten 429, 529 und 5xx</translation>
    </message>
    <message>
        <source>Largest request, in estimated tokens</source>
        <translation>Größte Anfrage, in geschätzten Token</translation>
    </message>
    <message>
        <source>Daily spending limit in USD (0: none)</source>
        <translation>Tageslimit für Ausgaben in USD (0: keines)</translation>
    </message>
    <message>
        <source>Monthly spending limit in USD (0: none)</source>
        <translation>Monatslimit für Ausgaben in USD (0: keines)</translation>
    </message>
    <message>
        <source>Requests per minute (0: no limit)</source>
        <translation>Anfragen pro Minute (0: kein Limit)</translation>
    </message>
    <message>
        <source>How long a cached answer is reused, seconds (0: never)</source>
        <translation>Wie lange eine zwischengespeicherte Antwort wiederverwendet wird, Sekunden (0: nie)</translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>the OS keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the encrypted file %1</source>
        <translation>der verschlüsselten Datei %1</translation>
    </message>
</context>
<context>
    <name>ChartZoom</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole series again (double-click)</source>
        <translation>Wieder die ganze Reihe anzeigen (Doppelklick)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: &apos;%2&apos; is not a time (use e.g. 2026-11-01 or 2026-11-01T09:30:00Z)</source>
        <translation>%1: „%2“ ist keine Zeitangabe (z. B. 2026-11-01 oder 2026-11-01T09:30:00Z)</translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation>--to muss später als --from sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; lies outside 1970-2200</source>
        <translation>%1: „%2“ liegt außerhalb von 1970–2200</translation>
    </message>
    <message>
        <source>write an AI analysis of the run history</source>
        <translation>eine KI-Analyse der Laufhistorie schreiben</translation>
    </message>
    <message>
        <source>list the models an AI provider offers</source>
        <translation>die Modelle auflisten, die ein KI-Anbieter anbietet</translation>
    </message>
    <message>
        <source>show AI requests, tokens and spend</source>
        <translation>KI-Anfragen, Token und Ausgaben anzeigen</translation>
    </message>
    <message>
        <source>create a demo workspace with planted incidents</source>
        <translation>einen Demo-Arbeitsbereich mit eingebauten Vorfällen erstellen</translation>
    </message>
    <message>
        <source>run the workspace&apos;s anomaly detectors and print what they find</source>
        <translation>die Anomaliedetektoren des Arbeitsbereichs ausführen und ihre Funde ausgeben</translation>
    </message>
    <message>
        <source>score the rows of a CSV file (anomaly detection)</source>
        <translation>die Zeilen einer CSV-Datei bewerten (Anomalieerkennung)</translation>
    </message>
    <message>
        <source>append one run (safe while the GUI is open)</source>
        <translation>einen Lauf anhängen (sicher, während die Oberfläche geöffnet ist)</translation>
    </message>
    <message>
        <source>import runs from CSV, JSON, JSONL or an MLflow store</source>
        <translation>Läufe aus CSV, JSON, JSONL oder einem MLflow-Speicher importieren</translation>
    </message>
    <message>
        <source>export the runs a filter selects to CSV or JSON</source>
        <translation>die von einem Filter ausgewählten Läufe als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>summary and model comparison of the runs a filter selects</source>
        <translation>Zusammenfassung und Modellvergleich der von einem Filter ausgewählten Läufe</translation>
    </message>
    <message>
        <source>create a team workspace on a PostgreSQL server</source>
        <translation>einen Team-Arbeitsbereich auf einem PostgreSQL-Server erstellen</translation>
    </message>
    <message>
        <source>copy a workspace between SQLite and PostgreSQL, checked table by table</source>
        <translation>einen Arbeitsbereich zwischen SQLite und PostgreSQL kopieren, Tabelle für Tabelle geprüft</translation>
    </message>
    <message>
        <source>check the workspace&apos;s integrity (read-only)</source>
        <translation>die Integrität des Arbeitsbereichs prüfen (nur lesend)</translation>
    </message>
    <message>
        <source>copy every readable row into a new workspace</source>
        <translation>jede lesbare Zeile in einen neuen Arbeitsbereich kopieren</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 runs/h</source>
        <translation>%1 Läufe/h</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Latency spike</source>
        <translation>Latenzspitze</translation>
    </message>
    <message>
        <source>Error rate spike</source>
        <translation>Fehlerquotenspitze</translation>
    </message>
    <message>
        <source>Memory leak</source>
        <translation>Speicherleck</translation>
    </message>
    <message>
        <source>Throughput drop</source>
        <translation>Durchsatzeinbruch</translation>
    </message>
    <message>
        <source>Performance degradation</source>
        <translation>Leistungsabfall</translation>
    </message>
    <message>
        <source>Resource spike</source>
        <translation>Ressourcenspitze</translation>
    </message>
    <message>
        <source>CPU overload</source>
        <translation>CPU-Überlastung</translation>
    </message>
    <message>
        <source>Unusual pattern</source>
        <translation>Ungewöhnliches Muster</translation>
    </message>
    <message>
        <source>Accuracy decline</source>
        <translation>Genauigkeitsrückgang</translation>
    </message>
    <message>
        <source>Memory growth</source>
        <translation>Speicherzuwachs</translation>
    </message>
    <message>
        <source>Error spike</source>
        <translation>Fehlerspitze</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Duration p50</source>
        <translation>Dauer p50</translation>
    </message>
    <message>
        <source>Duration p95</source>
        <translation>Dauer p95</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Throughput (runs/h)</source>
        <translation>Durchsatz (Läufe/h)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Performance trends</source>
        <translation>Leistungstrends</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <source>Error analysis</source>
        <translation>Fehleranalyse</translation>
    </message>
    <message>
        <source>Optimization recommendations</source>
        <translation>Optimierungsempfehlungen</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Systemzustand</translation>
    </message>
    <message>
        <source>Isolation Forest</source>
        <translation>Isolation Forest</translation>
    </message>
    <message>
        <source>One-Class SVM</source>
        <translation>One-Class-SVM</translation>
    </message>
    <message>
        <source>Robust z-score (MAD)</source>
        <translation>Robuster z-Wert (MAD)</translation>
    </message>
    <message>
        <source>Seasonal residual</source>
        <translation>Saisonales Residuum</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>Bildschirmfotos gespeichert in %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Kestrel AI analysis #%1</source>
        <translation>Kestrel-KI-Analyse #%1</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>Das PDF %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Passphrase for API keys</source>
        <translation>Passphrase für API-Schlüssel</translation>
    </message>
    <message>
        <source>No keychain service is running, so API keys are kept in the encrypted file %1.
Passphrase:</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher werden die API-Schlüssel in der verschlüsselten Datei %1 aufbewahrt.
Passphrase:</translation>
    </message>
    <message>
        <source>No keychain service is running, so API keys will be kept in the encrypted file %1.
Choose a passphrase (asked once per session):</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher werden die API-Schlüssel in der verschlüsselten Datei %1 aufbewahrt.
Wählen Sie eine Passphrase (einmal pro Sitzung abgefragt):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>The two passphrases differ; please try again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Threads for background jobs</source>
        <translation>Threads für Hintergrundaufträge</translation>
    </message>
    <message>
        <source>Recently opened workspaces, newest first</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche, neueste zuerst</translation>
    </message>
    <message>
        <source>Runs in a new demo workspace</source>
        <translation>Läufe in einem neuen Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
    <message>
        <source>The demo workspace note was closed</source>
        <translation>Der Hinweis zum Demo-Arbeitsbereich wurde geschlossen</translation>
    </message>
    <message>
        <source>Default timeframe</source>
        <translation>Standardzeitraum</translation>
    </message>
</context>
<context>
    <name>kestrel::app</name>
    <message>
        <source>Usage: kestrel [--workspace PATH] [COMMAND [ARGS...]]</source>
        <translation>Aufruf: kestrel [--workspace PFAD] [BEFEHL [ARGUMENTE…]]</translation>
    </message>
    <message>
        <source>Without a command, Kestrel opens its window on the workspace (the default workspace unless --workspace is given).</source>
        <translation>Ohne Befehl öffnet Kestrel sein Fenster mit dem Arbeitsbereich (dem Standard-Arbeitsbereich, sofern --workspace nicht angegeben ist).</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>the workspace file to use</source>
        <translation>die zu verwendende Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;kestrel COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„kestrel BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>--workspace needs a path</source>
        <translation>--workspace braucht einen Pfad</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unbekannte Option: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>kestrel: %1</source>
        <translation>kestrel: %1</translation>
    </message>
    <message>
        <source>Usage: kestrel ai analyze [--timeframe 24h|7d|30d|90d|all] [--from T --to T] [--models A,B]
  [--types performance_trends,model_comparison,error_analysis,optimization,system_health]
  [--provider builtin|anthropic|openai] [--model M] [--base-url URL] [--consensus M1,M2[,M3]]
  [--synthesis PROVIDER:MODEL] [--anonymise] [--token-cap N] [--no-cache] [--fallback]
  [--preview] [--out report.md] [--json]
Keys come from ANTHROPIC_API_KEY / OPENAI_API_KEY. --consensus takes provider:model items;
--base-url applies to every provider the request uses.
</source>
        <translation>Aufruf: kestrel ai analyze [--timeframe 24h|7d|30d|90d|all] [--from T --to T] [--models A,B]
  [--types performance_trends,model_comparison,error_analysis,optimization,system_health]
  [--provider builtin|anthropic|openai] [--model M] [--base-url URL] [--consensus M1,M2[,M3]]
  [--synthesis ANBIETER:MODELL] [--anonymise] [--token-cap N] [--no-cache] [--fallback]
  [--preview] [--out report.md] [--json]
Die Schlüssel kommen aus ANTHROPIC_API_KEY / OPENAI_API_KEY. --consensus nimmt Einträge anbieter:modell;
--base-url gilt für jeden Anbieter, den die Anfrage nutzt.
</translation>
    </message>
    <message>
        <source>--from and --to need dates such as 2026-11-01 or 2026-11-01T09:30Z, and both are required for a custom timeframe.</source>
        <translation>--from und --to brauchen Datumsangaben wie 2026-11-01 oder 2026-11-01T09:30Z; für einen eigenen Zeitraum sind beide nötig.</translation>
    </message>
    <message>
        <source>--token-cap needs a whole number of at least 500.</source>
        <translation>--token-cap braucht eine ganze Zahl von mindestens 500.</translation>
    </message>
    <message>
        <source>--consensus takes two or three models, e.g. anthropic:MODEL,openai:MODEL.</source>
        <translation>--consensus nimmt zwei oder drei Modelle, z. B. anthropic:MODELL,openai:MODELL.</translation>
    </message>
    <message>
        <source>Report %1 stored: %2 runs, %3%4.</source>
        <translation>Bericht %1 gespeichert: %2 Läufe, %3%4.</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>, from the cache</source>
        <translation>, aus dem Cache</translation>
    </message>
    <message>
        <source>--days needs a whole number of at least 1, not &apos;%1&apos;.</source>
        <translation>--days braucht eine ganze Zahl von mindestens 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>AI spend: %1 today, %2 this month (UTC)</source>
        <translation>KI-Ausgaben: %1 heute, %2 in diesem Monat (UTC)</translation>
    </message>
    <message>
        <source>day         provider   model                              requests cached  tokens in  tokens out   cost</source>
        <translation>Tag         Anbieter   Modell                             Anfragen  Cache Tokens ein  Tokens aus  Kosten</translation>
    </message>
    <message>
        <source>Usage: kestrel demo --workspace PATH [--runs N] [--seed S] [--days D] [--end TIME]</source>
        <translation>Aufruf: kestrel demo --workspace PFAD [--runs N] [--seed S] [--days D] [--end ZEIT]</translation>
    </message>
    <message>
        <source>Creates a demo workspace: runs of five models over ~50 NSE and US symbols with planted incidents, and daily prices. The same seed and end give the same workspace.</source>
        <translation>Erstellt einen Demo-Arbeitsbereich: Läufe von fünf Modellen über rund 50 NSE- und US-Symbole mit eingebauten Vorfällen sowie Tageskurse. Derselbe Seed und dasselbe Ende ergeben denselben Arbeitsbereich.</translation>
    </message>
    <message>
        <source>--end: &apos;%1&apos; is not a date or time</source>
        <translation>--end: „%1“ ist kein Datum und keine Uhrzeit</translation>
    </message>
    <message>
        <source>%1 already holds %2 runs; the demo is generated only into a new or empty workspace. Choose another --workspace path.</source>
        <translation>%1 enthält bereits %2 Läufe; die Demo wird nur in einen neuen oder leeren Arbeitsbereich erzeugt. Wählen Sie einen anderen Pfad für --workspace.</translation>
    </message>
    <message>
        <source>Usage: kestrel detect [--detector NAME | --all] [--json]</source>
        <translation>Aufruf: kestrel detect [--detector NAME | --all] [--json]</translation>
    </message>
    <message>
        <source>       kestrel detect --import-metrics FILE [--component NAME] [--columns a,b,c]</source>
        <translation>       kestrel detect --import-metrics DATEI [--component NAME] [--columns a,b,c]</translation>
    </message>
    <message>
        <source>       kestrel detect --list</source>
        <translation>       kestrel detect --list</translation>
    </message>
    <message>
        <source>       kestrel detect --csv FILE ... (score a CSV file; see kestrel detect --csv --help)</source>
        <translation>       kestrel detect --csv DATEI … (eine CSV-Datei bewerten; siehe kestrel detect --csv --help)</translation>
    </message>
    <message>
        <source>Runs the workspace&apos;s detectors (every enabled one by default, or the one named) over the run history and imported metric series, stores the anomalies and prints them. --import-metrics brings a CSV of metric series (a time column plus metric columns) into the workspace.</source>
        <translation>Führt die Detektoren des Arbeitsbereichs (standardmäßig alle aktivierten oder den genannten) über die Laufhistorie und importierte Metrikreihen aus, speichert die Anomalien und gibt sie aus. --import-metrics übernimmt eine CSV-Datei mit Metrikreihen (eine Zeitspalte und Metrikspalten) in den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Imported %1 points of %2</source>
        <translation>%1 Punkte von %2 importiert</translation>
    </message>
    <message>
        <source>enabled </source>
        <translation>aktiv   </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>inaktiv </translation>
    </message>
    <message>
        <source>put --csv right after detect: kestrel detect --csv FILE --out SCORED.csv</source>
        <translation>--csv gehört direkt hinter detect: kestrel detect --csv DATEI --out BEWERTET.csv</translation>
    </message>
    <message>
        <source>choose either --detector NAME or --all, not both</source>
        <translation>wählen Sie entweder --detector NAME oder --all, nicht beides</translation>
    </message>
    <message>
        <source>no detector named &apos;%1&apos;; the workspace has: %2</source>
        <translation>kein Detektor namens „%1“; der Arbeitsbereich hat: %2</translation>
    </message>
    <message>
        <source>%1: %2 points scored, %3 anomalies</source>
        <translation>%1: %2 Punkte bewertet, %3 Anomalien</translation>
    </message>
    <message>
        <source> (%1 not raised again: already reviewed)</source>
        <translation> (%1 nicht erneut gemeldet: bereits geprüft)</translation>
    </message>
    <message>
        <source>Usage: kestrel detect --csv FILE [--columns a,b,c] [--algorithm iforest|ocsvm|mad|seasonal|ensemble] [--contamination F] [--seed S] [--threads N] --out SCORED.csv</source>
        <translation>Aufruf: kestrel detect --csv DATEI [--columns a,b,c] [--algorithm iforest|ocsvm|mad|seasonal|ensemble] [--contamination F] [--seed S] [--threads N] --out BEWERTET.csv</translation>
    </message>
    <message>
        <source>Reads a CSV with a header row and writes every row again with two more columns: score (0..1, 0.5 = the detector&apos;s threshold) and label (1 anomaly, 0 normal). Without --columns every numeric column except the time column is used.</source>
        <translation>Liest eine CSV-Datei mit Kopfzeile und schreibt jede Zeile erneut mit zwei weiteren Spalten: score (0..1, 0,5 = Schwelle des Detektors) und label (1 Anomalie, 0 normal). Ohne --columns wird jede numerische Spalte außer der Zeitspalte verwendet.</translation>
    </message>
    <message>
        <source>--csv needs a file: kestrel detect --csv FILE --out SCORED.csv</source>
        <translation>--csv braucht eine Datei: kestrel detect --csv DATEI --out BEWERTET.csv</translation>
    </message>
    <message>
        <source>--out is required: where to write the scored CSV</source>
        <translation>--out ist erforderlich: wohin die bewertete CSV-Datei geschrieben wird</translation>
    </message>
    <message>
        <source>unknown algorithm &apos;%1&apos;: use iforest, ocsvm, mad, seasonal or ensemble</source>
        <translation>unbekannter Algorithmus „%1“: verwenden Sie iforest, ocsvm, mad, seasonal oder ensemble</translation>
    </message>
    <message>
        <source>--contamination must be &apos;auto&apos; or a fraction in (0, 0.5], not &apos;%1&apos;</source>
        <translation>--contamination muss „auto“ oder ein Anteil in (0, 0.5] sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed muss eine nichtnegative ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--threads must be a positive integer, not &apos;%1&apos;</source>
        <translation>--threads muss eine positive ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos;</source>
        <translation>%1 hat keine Spalte „%2“</translation>
    </message>
    <message>
        <source>%1 has no numeric column to score</source>
        <translation>%1 hat keine numerische Spalte zum Bewerten</translation>
    </message>
    <message>
        <source>%1 already has a column &apos;%2&apos;; rename it first</source>
        <translation>%1 hat bereits eine Spalte „%2“; benennen Sie sie zuerst um</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 rows scored with %2 on %3 columns: %4 anomalies; wrote %5</source>
        <translation>%1 Zeilen mit %2 über %3 Spalten bewertet: %4 Anomalien; %5 geschrieben</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation>--%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>Usage: kestrel log-run --model M --status completed|failed|running|cancelled [--duration SEC] [--accuracy A] [--confidence C] [--symbol S] [--source D] [--error MSG] [--params JSON] [--results JSON] [--memory MB] [--cpu PCT] [--time T]</source>
        <translation>Aufruf: kestrel log-run --model M --status completed|failed|running|cancelled [--duration SEK] [--accuracy A] [--confidence C] [--symbol S] [--source D] [--error MELDUNG] [--params JSON] [--results JSON] [--memory MB] [--cpu PROZENT] [--time T]</translation>
    </message>
    <message>
        <source>log-run needs --model NAME</source>
        <translation>log-run braucht --model NAME</translation>
    </message>
    <message>
        <source>log-run needs --status (completed, failed, running or cancelled)</source>
        <translation>log-run braucht --status (completed, failed, running oder cancelled)</translation>
    </message>
    <message>
        <source>--status must be completed, failed, running or cancelled, not &apos;%1&apos;</source>
        <translation>--status muss completed, failed, running oder cancelled sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--time: &apos;%1&apos; is not a date or time (use ISO 8601 or Unix seconds)</source>
        <translation>--time: „%1“ ist kein Datum und keine Uhrzeit (ISO 8601 oder Unix-Sekunden verwenden)</translation>
    </message>
    <message>
        <source>Logged run %1</source>
        <translation>Lauf %1 protokolliert</translation>
    </message>
    <message>
        <source>runs import needs a FILE to import</source>
        <translation>runs import braucht eine DATEI zum Importieren</translation>
    </message>
    <message>
        <source>Imported %1 runs (%2 skipped)</source>
        <translation>%1 Läufe importiert (%2 übersprungen)</translation>
    </message>
    <message>
        <source>Usage: kestrel runs export --out FILE [--format csv|json] [--timeframe 24h|7d|30d|90d|all] [--from T] [--to T] [--model M]... [--status S] [--symbol S] [--source D] [--search TEXT]</source>
        <translation>Aufruf: kestrel runs export --out DATEI [--format csv|json] [--timeframe 24h|7d|30d|90d|all] [--from T] [--to T] [--model M]… [--status S] [--symbol S] [--source D] [--search TEXT]</translation>
    </message>
    <message>
        <source>runs export needs --out FILE</source>
        <translation>runs export braucht --out DATEI</translation>
    </message>
    <message>
        <source>Exported %1 runs to %2</source>
        <translation>%1 Läufe nach %2 exportiert</translation>
    </message>
    <message>
        <source>Usage: kestrel runs stats [--timeframe 24h|7d|30d|90d|all] [--from T] [--to T] [--model M]... [--status S] [--symbol S] [--source D] [--search TEXT] [--json]</source>
        <translation>Aufruf: kestrel runs stats [--timeframe 24h|7d|30d|90d|all] [--from T] [--to T] [--model M]… [--status S] [--symbol S] [--source D] [--search TEXT] [--json]</translation>
    </message>
    <message>
        <source>Runs %1   success rate %2   mean duration %3   p95 duration %4   mean accuracy %5</source>
        <translation>Läufe %1   Erfolgsquote %2   mittlere Dauer %3   Dauer p95 %4   mittlere Genauigkeit %5</translation>
    </message>
    <message>
        <source>completed %1, failed %2, running %3, cancelled %4</source>
        <translation>abgeschlossen %1, fehlgeschlagen %2, laufend %3, abgebrochen %4</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Success (95% CI)</source>
        <translation>Erfolg (95-%-KI)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>--workspace needs a path, not an empty one</source>
        <translation>--workspace braucht einen Pfad, keinen leeren</translation>
    </message>
    <message>
        <source>kestrel: the report is incomplete: an answer was cut short (see the report for where).</source>
        <translation>kestrel: der Bericht ist unvollständig: eine Antwort wurde abgeschnitten (wo, steht im Bericht).</translation>
    </message>
    <message>
        <source>Usage: kestrel ai models [--provider ID] [--base-url URL] [--json]
Lists the models the provider offers (its own list, or the built-in one).</source>
        <translation>Aufruf: kestrel ai models [--provider ID] [--base-url URL] [--json]
Listet die Modelle, die der Anbieter anbietet (seine eigene Liste oder die eingebaute).</translation>
    </message>
    <message>
        <source>Usage: kestrel ai usage [--days N] [--json]
Shows the AI calls, tokens and cost of the last N days (30 unless given).</source>
        <translation>Aufruf: kestrel ai usage [--days N] [--json]
Zeigt die KI-Aufrufe, Token und Kosten der letzten N Tage (30, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>demo cancelled, nothing written</source>
        <translation>Demo abgebrochen, nichts geschrieben</translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 runs, %3 planted incidents, %4 daily prices, %5 anomalies detected</source>
        <translation>Demo-Arbeitsbereich %1: %2 Läufe, %3 eingebaute Vorfälle, %4 Tageskurse, %5 Anomalien erkannt</translation>
    </message>
    <message>
        <source>--%1 is not accepted (at character %2): %3</source>
        <translation>--%1 wird nicht angenommen (bei Zeichen %2): %3</translation>
    </message>
    <message>
        <source>--%1 must be a JSON object such as {&quot;lookback&quot;: 60}</source>
        <translation>--%1 muss ein JSON-Objekt sein, etwa {&quot;lookback&quot;: 60}</translation>
    </message>
    <message>
        <source>--%1 is not valid JSON (at character %2): %3</source>
        <translation>--%1 ist kein gültiges JSON (bei Zeichen %2): %3</translation>
    </message>
    <message>
        <source>--%1 is not accepted (at character %2): the number %3 is too large</source>
        <translation>--%1 wird nicht angenommen (bei Zeichen %2): die Zahl %3 ist zu groß</translation>
    </message>
    <message>
        <source>log-run: %1</source>
        <translation>log-run: %1</translation>
    </message>
    <message>
        <source>Usage: kestrel runs import FILE [--format csv|json|jsonl|mlflow] [--accuracy-metric NAME] [--confidence-metric NAME] [--skip-invalid [--rejected FILE]]</source>
        <translation>Aufruf: kestrel runs import DATEI [--format csv|json|jsonl|mlflow] [--accuracy-metric NAME] [--confidence-metric NAME] [--skip-invalid [--rejected DATEI]]</translation>
    </message>
    <message>
        <source>       kestrel runs import --undo LAST</source>
        <translation>       kestrel runs import --undo LAST</translation>
    </message>
    <message>
        <source>FILE may be a CSV, JSON or JSONL file, an MLflow mlflow.db or an mlruns/ folder. The import is all or nothing: on any error nothing is imported. Runs the workspace already holds (same external id, or same fields) are skipped as duplicates, so importing a file twice adds nothing.</source>
        <translation>DATEI kann eine CSV-, JSON- oder JSONL-Datei, eine MLflow-Datenbank mlflow.db oder ein Ordner mlruns/ sein. Der Import geschieht ganz oder gar nicht: bei einem Fehler wird nichts importiert. Läufe, die der Arbeitsbereich schon enthält (gleiche externe ID oder gleiche Felder), werden als Duplikate übersprungen; eine Datei zweimal zu importieren fügt also nichts hinzu.</translation>
    </message>
    <message>
        <source>--undo LAST removes the runs of the latest import and leaves every other run.</source>
        <translation>--undo LAST entfernt die Läufe des letzten Imports und lässt alle anderen Läufe unverändert.</translation>
    </message>
    <message>
        <source>An invalid row refuses the whole file (the first 20 bad rows are named). --skip-invalid imports the valid rows and writes the invalid ones with their reasons to FILE.rejected.csv, or to --rejected FILE (never overwritten).</source>
        <translation>Eine ungültige Zeile weist die ganze Datei zurück (die ersten 20 fehlerhaften Zeilen werden genannt). --skip-invalid importiert die gültigen Zeilen und schreibt die ungültigen mit ihren Gründen nach DATEI.rejected.csv oder nach --rejected DATEI (wird nie überschrieben).</translation>
    </message>
    <message>
        <source>--undo takes LAST (the latest import), not &apos;%1&apos;</source>
        <translation>--undo nimmt LAST (den letzten Import), nicht „%1“</translation>
    </message>
    <message>
        <source>Undid import %1 of %2: removed %3 runs</source>
        <translation>Import %1 von %2 rückgängig gemacht: %3 Läufe entfernt</translation>
    </message>
    <message>
        <source>--rejected FILE goes with --skip-invalid</source>
        <translation>--rejected DATEI gehört zu --skip-invalid</translation>
    </message>
    <message>
        <source>import cancelled, nothing imported</source>
        <translation>Import abgebrochen, nichts importiert</translation>
    </message>
    <message>
        <source>Summary: %1 imported, %2 duplicates skipped, %3 rejected%4</source>
        <translation>Zusammenfassung: %1 importiert, %2 Duplikate übersprungen, %3 zurückgewiesen%4</translation>
    </message>
    <message>
        <source> (import %1; undo with `kestrel runs import --undo LAST`)</source>
        <translation> (Import %1; rückgängig mit `kestrel runs import --undo LAST`)</translation>
    </message>
    <message>
        <source>Rejected %1 invalid rows, written to %2</source>
        <translation>%1 ungültige Zeilen zurückgewiesen, geschrieben nach %2</translation>
    </message>
    <message>
        <source>Usage: kestrel workspace check</source>
        <translation>Aufruf: kestrel workspace check</translation>
    </message>
    <message>
        <source>No workspace at %1.</source>
        <translation>Kein Arbeitsbereich unter %1.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>The workspace is damaged. Copy its readable rows into a new workspace with &apos;kestrel workspace recover --out NEW&apos;.</source>
        <translation>Der Arbeitsbereich ist beschädigt. Kopieren Sie seine lesbaren Zeilen mit „kestrel workspace recover --out NEU“ in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Usage: kestrel workspace recover --out NEW</source>
        <translation>Aufruf: kestrel workspace recover --out NEU</translation>
    </message>
    <message>
        <source>Copies every readable row of every table of the workspace (which is only read) into the new workspace NEW.</source>
        <translation>Kopiert jede lesbare Zeile jeder Tabelle des Arbeitsbereichs (der nur gelesen wird) in den neuen Arbeitsbereich NEU.</translation>
    </message>
    <message>
        <source>workspace recover needs --out NEW</source>
        <translation>workspace recover braucht --out NEU</translation>
    </message>
    <message>
        <source>%1 already exists; recover into a new file.</source>
        <translation>%1 existiert bereits; stellen Sie in eine neue Datei wieder her.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>, %1 read errors</source>
        <translation>, %1 Lesefehler</translation>
    </message>
    <message>
        <source>Recovered %1 rows into %2 (%3 read errors)</source>
        <translation>%1 Zeilen in %2 wiederhergestellt (%3 Lesefehler)</translation>
    </message>
    <message>
        <source>Usage: kestrel workspace create-team postgresql://USER@HOST:PORT/DB?schema=NAME</source>
        <translation>Aufruf: kestrel workspace create-team postgresql://BENUTZER@HOST:PORT/DB?schema=NAME</translation>
    </message>
    <message>
        <source>Creates a team workspace in the schema NAME (default kestrel) on a PostgreSQL server. The password comes from PGPASSWORD or ~/.pgpass, never from the URL. Refuses a schema that already holds tables.</source>
        <translation>Erstellt einen Team-Arbeitsbereich im Schema NAME (Standard: kestrel) auf einem PostgreSQL-Server. Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie aus der URL. Ein Schema, das bereits Tabellen enthält, wird abgelehnt.</translation>
    </message>
    <message>
        <source>workspace create-team needs one postgresql:// URL</source>
        <translation>workspace create-team braucht genau eine postgresql://-URL</translation>
    </message>
    <message>
        <source>create-team takes a postgresql:// URL; a SQLite workspace is made by any command given --workspace PATH.</source>
        <translation>create-team nimmt eine postgresql://-URL; einen SQLite-Arbeitsbereich legt jeder Befehl mit --workspace PFAD an.</translation>
    </message>
    <message>
        <source>Created the team workspace %1 (schema version %2).</source>
        <translation>Team-Arbeitsbereich %1 erstellt (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Usage: kestrel workspace copy SOURCE DESTINATION</source>
        <translation>Aufruf: kestrel workspace copy QUELLE ZIEL</translation>
    </message>
    <message>
        <source>Copies every table of a workspace into a new one; each is a file path.kestrel or a postgresql:// URL. The destination must be new (or a team workspace just created). Each table is checked by its row count and a checksum before anything is committed.</source>
        <translation>Kopiert jede Tabelle eines Arbeitsbereichs in einen neuen; beide sind ein Dateipfad pfad.kestrel oder eine postgresql://-URL. Das Ziel muss neu sein (oder ein gerade erstellter Team-Arbeitsbereich). Jede Tabelle wird vor dem Festschreiben über ihre Zeilenzahl und eine Prüfsumme kontrolliert.</translation>
    </message>
    <message>
        <source>workspace copy needs a SOURCE and a DESTINATION</source>
        <translation>workspace copy braucht eine QUELLE und ein ZIEL</translation>
    </message>
    <message>
        <source>Copied %1 rows (%2 runs) from %3 to %4 in %5 s (%6 runs/s); every table&apos;s count and checksum match.</source>
        <translation>%1 Zeilen (%2 Läufe) von %3 nach %4 in %5 s kopiert (%6 Läufe/s); Anzahl und Prüfsumme jeder Tabelle stimmen überein.</translation>
    </message>
    <message>
        <source>%1 found by %2</source>
        <translation>%1 von %2 gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies)</source>
        <translation>
            <numerusform>%n Anomalie</numerusform>
            <numerusform>%n Anomalien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detector(s)</source>
        <translation>
            <numerusform>%n Detektor</numerusform>
            <numerusform>%n Detektoren</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check on the workspace (read-only: the file is not changed) and prints the result and the schema version. Exits 1 when the workspace is damaged. On a team workspace (PostgreSQL) the server checks its own files; the command prints the schema version.</source>
        <translation>Führt die Integritätsprüfung von SQLite für den Arbeitsbereich aus (nur lesend: die Datei wird nicht verändert) und gibt das Ergebnis und die Schemaversion aus. Endet mit dem Code 1, wenn der Arbeitsbereich beschädigt ist. Bei einem Team-Arbeitsbereich (PostgreSQL) prüft der Server seine eigenen Dateien; der Befehl gibt die Schemaversion aus.</translation>
    </message>
    <message>
        <source>Integrity: the PostgreSQL server checks its own files (checksums, write-ahead log); nothing to check here.</source>
        <translation>Integrität: Der PostgreSQL-Server prüft seine eigenen Dateien (Prüfsummen, Write-Ahead-Log); hier gibt es nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui</name>
    <message>
        <source>The saved key could not be read: %1</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No Anthropic API key: type one above, save it, or set ANTHROPIC_API_KEY.</source>
        <translation>Kein Anthropic-API-Schlüssel: geben Sie oben einen ein und speichern Sie ihn, oder setzen Sie ANTHROPIC_API_KEY.</translation>
    </message>
    <message>
        <source>No model is chosen and the provider listed none%1. Choose a model first.</source>
        <translation>Es ist kein Modell gewählt und der Anbieter hat keines aufgelistet%1. Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms with model %3: “%4”.</source>
        <translation>Verbunden: %1 hat in %2 ms mit dem Modell %3 geantwortet: „%4“.</translation>
    </message>
    <message>
        <source>The answer was cut short: %1.</source>
        <translation>Die Antwort wurde abgeschnitten: %1.</translation>
    </message>
    <message>
        <source>Failed after %1 ms: %2</source>
        <translation>Fehlgeschlagen nach %1 ms: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not list the models (%1); showing the built-in list.</source>
        <translation>Die Modelle konnten nicht abgerufen werden (%1); die eingebaute Liste wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>System: %1 (%2)</translation>
    </message>
    <message>
        <source>About Kestrel</source>
        <translation>Über Kestrel</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kestrel %1&lt;/h2&gt;&lt;p&gt;A desktop analytics workstation for ML model runs: run history, anomaly review and AI analysis.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kestrel %1&lt;/h2&gt;&lt;p&gt;Eine Desktop-Analyseumgebung für Läufe von ML-Modellen: Laufhistorie, Anomalieprüfung und KI-Analyse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Licence&lt;/h3&gt;&lt;p&gt;Kestrel: © 2026 the Kestrel team, all rights reserved. The libraries above keep their own licences; on Debian their texts are in /usr/share/doc/&amp;lt;package&amp;gt;/copyright, and Kestrel&apos;s in /usr/share/doc/kestrel/copyright.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lizenz&lt;/h3&gt;&lt;p&gt;Kestrel: © 2026 das Kestrel-Team, alle Rechte vorbehalten. Die oben genannten Bibliotheken behalten ihre eigenen Lizenzen; unter Debian stehen deren Texte in /usr/share/doc/&amp;lt;Paket&amp;gt;/copyright, der von Kestrel in /usr/share/doc/kestrel/copyright.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copies the version, build and library versions, e.g. for a bug report</source>
        <translation>Kopiert die Version, den Build und die Bibliotheksversionen, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation>Ü&amp;ber Kestrel</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AiAnalysisPanel</name>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From / to (UTC)</source>
        <translation>Von / bis (UTC)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Nothing ticked analyses every model.</source>
        <translation>Ist nichts angehakt, werden alle Modelle analysiert.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Look for recurring patterns</source>
        <translation>Nach wiederkehrenden Mustern suchen</translation>
    </message>
    <message>
        <source>End each section with concrete next steps</source>
        <translation>Jeden Abschnitt mit konkreten nächsten Schritten beenden</translation>
    </message>
    <message>
        <source>Asks for actionable recommendations in every section, not only in Optimization recommendations.</source>
        <translation>Verlangt in jedem Abschnitt umsetzbare Empfehlungen, nicht nur unter Optimierungsempfehlungen.</translation>
    </message>
    <message>
        <source>Anonymise model names and symbols</source>
        <translation>Modellnamen und Symbole anonymisieren</translation>
    </message>
    <message>
        <source>Pseudonyms are sent; real names are restored in the answer.</source>
        <translation>Es werden Pseudonyme gesendet; in der Antwort stehen wieder die echten Namen.</translation>
    </message>
    <message>
        <source>Reuse a cached answer when one exists</source>
        <translation>Zwischengespeicherte Antwort wiederverwenden, falls vorhanden</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Consensus of several models</source>
        <translation>Konsens mehrerer Modelle</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Drittes</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweites</translation>
    </message>
    <message>
        <source>Built-in merge</source>
        <translation>Eingebaute Zusammenführung</translation>
    </message>
    <message>
        <source>Built-in merge lists where the answers agree and differ; a synthesis asks a chosen model to write the consensus.</source>
        <translation>Die eingebaute Zusammenführung listet, worin die Antworten übereinstimmen und worin sie abweichen; eine Synthese lässt ein gewähltes Modell den Konsens schreiben.</translation>
    </message>
    <message>
        <source>Synthesis by a chosen model</source>
        <translation>Synthese durch ein gewähltes Modell</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Synthesis by</source>
        <translation>Synthese durch</translation>
    </message>
    <message>
        <source>Preview request</source>
        <translation>Anfrage-Vorschau</translation>
    </message>
    <message>
        <source>Shows the exact request and its cost; sends nothing.</source>
        <translation>Zeigt die genaue Anfrage und ihre Kosten; sendet nichts.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preview to see the estimated cost before sending.</source>
        <translation>Mit der Vorschau sehen Sie die geschätzten Kosten vor dem Senden.</translation>
    </message>
    <message>
        <source>Read AI settings</source>
        <translation>KI-Einstellungen lesen</translation>
    </message>
    <message>
        <source>built-in analyst</source>
        <translation>eingebauter Analyst</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Anfrage-Vorschau</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>&amp;Preview request</source>
        <translation>Anfrage-&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Generate report</source>
        <translation>Bericht &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Cancel generation</source>
        <translation>Erzeugung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Choose what to analyse and press Generate.</source>
        <translation>Wählen Sie aus, was analysiert werden soll, und klicken Sie auf Erzeugen.</translation>
    </message>
    <message>
        <source>Timeframe: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Report #%1 on screen, %2 characters</source>
        <translation>Bericht #%1 angezeigt, %2 Zeichen</translation>
    </message>
    <message>
        <source>No report on screen</source>
        <translation>Kein Bericht angezeigt</translation>
    </message>
    <message>
        <source>AI Analysis</source>
        <translation>KI-Analyse</translation>
    </message>
    <message>
        <source>Use the built-in analyst instead</source>
        <translation>Stattdessen den eingebauten Analysten verwenden</translation>
    </message>
    <message>
        <source>Press Preview request to see exactly what would be sent. Nothing is sent until you press Generate; the API key is never shown.</source>
        <translation>Klicken Sie auf Anfrage-Vorschau, um genau zu sehen, was gesendet würde. Erst mit Erzeugen wird etwas gesendet; der API-Schlüssel wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Select two reports in History and press Compare.</source>
        <translation>Wählen Sie im Verlauf zwei Berichte aus und klicken Sie auf Vergleichen.</translation>
    </message>
    <message>
        <source>Written by the built-in statistical analyst because the provider failed</source>
        <translation>Vom eingebauten statistischen Analysten geschrieben, weil der Anbieter fehlschlug</translation>
    </message>
    <message>
        <source>Written by the built-in statistical analyst (no provider configured)</source>
        <translation>Vom eingebauten statistischen Analysten geschrieben (kein Anbieter eingerichtet)</translation>
    </message>
    <message>
        <source>Written by the built-in statistical analyst</source>
        <translation>Vom eingebauten statistischen Analysten geschrieben</translation>
    </message>
    <message>
        <source>Consensus of %1 models</source>
        <translation>Konsens von %1 Modellen</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Geschrieben von %1</translation>
    </message>
    <message>
        <source>Cached — nothing was sent</source>
        <translation>Aus dem Cache – nichts wurde gesendet</translation>
    </message>
    <message>
        <source>Incomplete — the answer was cut short; what arrived is kept</source>
        <translation>Unvollständig – die Antwort wurde abgeschnitten; was ankam, bleibt erhalten</translation>
    </message>
    <message>
        <source>%1 runs analysed</source>
        <translation>%1 Läufe analysiert</translation>
    </message>
    <message>
        <source>%1 tokens in / %2 out</source>
        <translation>%1 Token ein / %2 aus</translation>
    </message>
    <message>
        <source>no tokens used</source>
        <translation>keine Token verbraucht</translation>
    </message>
    <message>
        <source>nothing sent, no cost</source>
        <translation>nichts gesendet, keine Kosten</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>cost unknown (no price for the model)</source>
        <translation>Kosten unbekannt (kein Preis für das Modell)</translation>
    </message>
    <message>
        <source>stored as report #%1</source>
        <translation>als Bericht #%1 gespeichert</translation>
    </message>
    <message>
        <source>Stored report #%1</source>
        <translation>Bericht #%1 gespeichert</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Sent anonymised</source>
        <translation>Anonymisiert gesendet</translation>
    </message>
    <message>
        <source>timeframe %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <source>models filter %1</source>
        <translation>Modellfilter %1</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>template %1 v%2</source>
        <translation>Vorlage %1 v%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Building the request…</source>
        <translation>Anfrage wird erstellt…</translation>
    </message>
    <message>
        <source>Preview AI request</source>
        <translation>Vorschau der KI-Anfrage</translation>
    </message>
    <message>
        <source>unknown (no price for a model)</source>
        <translation>unbekannt (kein Preis für ein Modell)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n call(s)&lt;/b&gt; over %1 runs · about &lt;b&gt;%2&lt;/b&gt; input tokens · at most &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Aufruf&lt;/b&gt; über %1 Läufe · etwa &lt;b&gt;%2&lt;/b&gt; Eingabe-Token · höchstens &lt;b&gt;%3&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Aufrufe&lt;/b&gt; über %1 Läufe · etwa &lt;b&gt;%2&lt;/b&gt; Eingabe-Token · höchstens &lt;b&gt;%3&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>cached — nothing will be sent</source>
        <translation>aus dem Cache – es wird nichts gesendet</translation>
    </message>
    <message>
        <source>Cached — nothing will be sent.</source>
        <translation>Aus dem Cache – es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Estimated: %1 input tokens, at most %2.</source>
        <translation>Geschätzt: %1 Eingabe-Token, höchstens %2.</translation>
    </message>
    <message>
        <source>%1 — POST %2%3</source>
        <translation>%1 – POST %2%3</translation>
    </message>
    <message>
        <source> (cached — nothing will be sent)</source>
        <translation> (aus dem Cache – es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>The built-in analyst is computing from the run statistics.</source>
        <translation>Der eingebaute Analyst rechnet mit den Laufstatistiken.</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warte auf %1…</translation>
    </message>
    <message>
        <source>AI analysis</source>
        <translation>KI-Analyse</translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled before any text arrived; nothing was stored.</source>
        <translation>Abgebrochen, bevor Text ankam; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled; the text that arrived is shown.</source>
        <translation>Abgebrochen; der angekommene Text wird angezeigt.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No runs to analyse yet</source>
        <translation>Noch keine Läufe zum Analysieren</translation>
    </message>
    <message>
        <source>AI Analysis writes a report on the run history: performance trends, model comparison, errors, recommendations and system health, by the built-in analyst or a language model. Import runs or create a demo workspace first.</source>
        <translation>Die KI-Analyse schreibt einen Bericht über die Laufhistorie: Leistungstrends, Modellvergleich, Fehler, Empfehlungen und Systemzustand, verfasst vom eingebauten Analysten oder von einem Sprachmodell. Importieren Sie zuerst Läufe oder erstellen Sie einen Demo-Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AiProvidersPage</name>
    <message>
        <source>Built-in statistical analyst (no network)</source>
        <translation>Eingebauter statistischer Analyst (ohne Netzwerk)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, gateways, llama.cpp server, Ollama, vLLM)</source>
        <translation>OpenAI-kompatibel (OpenAI, Gateways, llama.cpp-Server, Ollama, vLLM)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Wait for the provider to answer</source>
        <translation>Wartezeit auf die Antwort des Anbieters</translation>
    </message>
    <message>
        <source>Longest silence inside a streamed answer</source>
        <translation>Längste Pause innerhalb einer gestreamten Antwort</translation>
    </message>
    <message>
        <source>Provider for analyses</source>
        <translation>Anbieter für Analysen</translation>
    </message>
    <message>
        <source>the first model the provider lists</source>
        <translation>das erste Modell, das der Anbieter auflistet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers</source>
        <translation>Den Anbieter fragen, welche Modelle er anbietet</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>KI-Anbieter</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Asking for the model list…</source>
        <translation>Modellliste wird abgefragt…</translation>
    </message>
    <message>
        <source>Fetch the model list</source>
        <translation>Modellliste abrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered.</source>
        <translation>
            <numerusform>%n Modell angeboten.</numerusform>
            <numerusform>%n Modelle angeboten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AiSpendTile</name>
    <message>
        <source>AI spend this month</source>
        <translation>KI-Ausgaben in diesem Monat</translation>
    </message>
    <message>
        <source>No AI requests yet</source>
        <translation>Noch keine KI-Anfragen</translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation>KI-Ausgaben</translation>
    </message>
    <message>
        <source>No AI requests this month</source>
        <translation>Keine KI-Anfragen in diesem Monat</translation>
    </message>
    <message>
        <source> · budget %1</source>
        <translation> · Budget %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n without a price</source>
        <translation>
            <numerusform> · %n ohne Preis</numerusform>
            <numerusform> · %n ohne Preis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 from cache</source>
        <translation>
            <numerusform>%n Anfrage, %1 aus dem Cache</numerusform>
            <numerusform>%n Anfragen, %1 aus dem Cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyChart</name>
    <message>
        <source>Expected band</source>
        <translation>Erwartetes Band</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No values of this metric around the anomaly.</source>
        <translation>Keine Werte dieser Metrik im Umfeld der Anomalie.</translation>
    </message>
    <message>
        <source>Select an anomaly to see its metric, the expected band and the other anomalies around it.</source>
        <translation>Wählen Sie eine Anomalie aus, um ihre Metrik, das erwartete Band und die anderen Anomalien in ihrem Umfeld zu sehen.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyDetailView</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>False positive…</source>
        <translation>Fehlalarm…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Someone is looking at it.</source>
        <translation>Jemand kümmert sich darum.</translation>
    </message>
    <message>
        <source>It was dealt with; asks for notes on what was found and done.</source>
        <translation>Es wurde erledigt; fragt nach Notizen dazu, was gefunden und getan wurde.</translation>
    </message>
    <message>
        <source>Not a real problem; asks for a reason. Later detection learns from it.</source>
        <translation>Kein echtes Problem; fragt nach einem Grund. Spätere Erkennungen lernen daraus.</translation>
    </message>
    <message>
        <source>Back to open.</source>
        <translation>Zurück auf offen.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#78909c&apos;&gt;No anomaly selected.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#78909c&apos;&gt;Keine Anomalie ausgewählt.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;background:%2; color:white; font-weight:bold&apos;&gt;&amp;nbsp;%3&amp;nbsp;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#455a64&apos;&gt;%4 · %5 · %6&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;background:%2; color:white; font-weight:bold&apos;&gt;&amp;nbsp;%3&amp;nbsp;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#455a64&apos;&gt;%4 · %5 · %6&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Peak hour</source>
        <translation>Spitzenstunde</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>%1 (normal band ±%2)</source>
        <translation>%1 (Normalband ±%2)</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (Schwelle %2)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Detection run</source>
        <translation>Erkennungslauf</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Wann (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;color:#78909c&apos;&gt;· code %2&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:#78909c&apos;&gt;· Code %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyReviewPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Detectors</source>
        <translation>Detektoren</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>New detector</source>
        <translation>Neuer Detektor</translation>
    </message>
    <message>
        <source>Read detectors</source>
        <translation>Detektoren lesen</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>All detectors</source>
        <translation>Alle Detektoren</translation>
    </message>
    <message>
        <source>Save detector</source>
        <translation>Detektor speichern</translation>
    </message>
    <message>
        <source>Detector “%1” saved.</source>
        <translation>Detektor „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete detector</source>
        <translation>Detektor löschen</translation>
    </message>
    <message>
        <source>Delete this detector? Its anomalies stay, without a detector.</source>
        <translation>Diesen Detektor löschen? Seine Anomalien bleiben erhalten, ohne Detektor.</translation>
    </message>
    <message>
        <source>Detector deleted.</source>
        <translation>Detektor gelöscht.</translation>
    </message>
    <message>
        <source>Running detection…</source>
        <translation>Erkennung läuft…</translation>
    </message>
    <message>
        <source>Run detector</source>
        <translation>Detektor ausführen</translation>
    </message>
    <message>
        <source>Run detection</source>
        <translation>Erkennung ausführen</translation>
    </message>
    <message>
        <source>Detection failed: %1</source>
        <translation>Erkennung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Detection finished: %1 found by %n detector(s)</source>
        <translation>
            <numerusform>Erkennung beendet: %1 von %n Detektor gefunden</numerusform>
            <numerusform>Erkennung beendet: %1 von %n Detektoren gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 not raised again: already reviewed)</source>
        <translation> (%1 nicht erneut gemeldet: bereits geprüft)</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Read anomaly models</source>
        <translation>Anomaliemodelle lesen</translation>
    </message>
    <message>
        <source>Read anomaly</source>
        <translation>Anomalie lesen</translation>
    </message>
    <message>
        <source>Anomaly series</source>
        <translation>Anomaliereihe</translation>
    </message>
    <message>
        <source>Nothing changed: a note is required.</source>
        <translation>Nichts geändert: eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <source>Saving the review…</source>
        <translation>Prüfung wird gespeichert…</translation>
    </message>
    <message>
        <source>Review anomaly</source>
        <translation>Anomalie prüfen</translation>
    </message>
    <message>
        <source>Exporting anomalies…</source>
        <translation>Anomalien werden exportiert…</translation>
    </message>
    <message>
        <source>Export anomalies</source>
        <translation>Anomalien exportieren</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Anomaly Review</source>
        <translation>Anomalieprüfung</translation>
    </message>
    <message>
        <source>Run every enabled detector over the run history (the arrow offers the selected one only).</source>
        <translation>Führt jeden aktivierten Detektor über die Laufhistorie aus (der Pfeil bietet nur den ausgewählten an).</translation>
    </message>
    <message>
        <source>Run all enabled detectors</source>
        <translation>Alle aktivierten Detektoren ausführen</translation>
    </message>
    <message>
        <source>Run the selected detector</source>
        <translation>Den ausgewählten Detektor ausführen</translation>
    </message>
    <message>
        <source>Write every anomaly the filter selects to a CSV file.</source>
        <translation>Schreibt jede Anomalie, die der Filter auswählt, in eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The series could not be loaded: %1</source>
        <translation>Die Reihe konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Wieder geöffnet.</translation>
    </message>
    <message>
        <source>Resolve anomaly</source>
        <translation>Anomalie lösen</translation>
    </message>
    <message>
        <source>What was found and done (required):</source>
        <translation>Was gefunden und getan wurde (erforderlich):</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Gelöst.</translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation>Als Fehlalarm markieren</translation>
    </message>
    <message>
        <source>Why is this not a real problem? (required; later detection leaves this window out of its baseline and raises this detector&apos;s threshold for the metric)</source>
        <translation>Warum ist das kein echtes Problem? (erforderlich; spätere Erkennungen lassen dieses Zeitfenster aus ihrer Basislinie heraus und erhöhen die Schwelle dieses Detektors für die Metrik)</translation>
    </message>
    <message>
        <source>Marked as false positive.</source>
        <translation>Als Fehlalarm markiert.</translation>
    </message>
    <message>
        <source>&amp;Run detection</source>
        <translation>&amp;Erkennung ausführen</translation>
    </message>
    <message>
        <source>&amp;Export anomalies…</source>
        <translation>Anomalien e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Selected: %1 %2 on %3 (%4)</source>
        <translation>Ausgewählt: %1 %2 am %3 (%4)</translation>
    </message>
    <message>
        <source>Detection cancelled; nothing was stored for the unfinished detector.</source>
        <translation>Erkennung abgebrochen; für den nicht beendeten Detektor wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies)</source>
        <translation>
            <numerusform>%n Anomalie</numerusform>
            <numerusform>%n Anomalien</numerusform>
        </translation>
    </message>
    <message>
        <source>A note is required: write what was found or why this is not a problem.</source>
        <translation>Eine Notiz ist erforderlich: Schreiben Sie, was gefunden wurde oder warum dies kein Problem ist.</translation>
    </message>
    <message>
        <source>Show runs of %1 in this window</source>
        <translation>Läufe von %1 in diesem Zeitfenster anzeigen</translation>
    </message>
    <message>
        <source>No anomaly to review</source>
        <translation>Keine Anomalie zu prüfen</translation>
    </message>
    <message>
        <source>Detectors look for latency spikes, error-rate spikes, memory leaks, throughput drops and accuracy declines in the run history; what they find waits here for a review. A workspace without runs has nothing to detect: import runs or create a demo workspace first.</source>
        <translation>Detektoren suchen in der Laufhistorie nach Latenzspitzen, Fehlerquotenspitzen, Speicherlecks, Durchsatzeinbrüchen und Genauigkeitsrückgängen; was sie finden, wartet hier auf eine Prüfung. In einem Arbeitsbereich ohne Läufe gibt es nichts zu erkennen: Importieren Sie zuerst Läufe oder erstellen Sie einen Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No anomaly matches these filters</source>
        <translation>Keine Anomalie passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>Other anomalies exist, or may: widen the severity, state, type, model, detector or time filters.</source>
        <translation>Es gibt andere Anomalien, oder es könnte sie geben: Erweitern Sie die Filter für Schweregrad, Zustand, Typ, Modell, Detektor oder Zeit.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::AnomalyTableModel</name>
    <message>
        <source>Anomaly table</source>
        <translation>Anomalietabelle</translation>
    </message>
    <message>
        <source>Anomaly table page</source>
        <translation>Seite der Anomalietabelle</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>%1 on %2 · window %3 – %4 (%5)</source>
        <translation>%1 bei %2 · Zeitfenster %3 – %4 (%5)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ApiKeyField</name>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Remove saved key</source>
        <translation>Gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>from environment variable %1</source>
        <translation>aus der Umgebungsvariablen %1</translation>
    </message>
    <message>
        <source>Using the key from environment variable %1; it is not stored. Unset it to use a saved key.</source>
        <translation>Der Schlüssel aus der Umgebungsvariablen %1 wird verwendet; er wird nicht gespeichert. Entfernen Sie die Variable, um einen gespeicherten Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <source>Paste a key to save it</source>
        <translation>Schlüssel einfügen, um ihn zu speichern</translation>
    </message>
    <message>
        <source>No key store is available.</source>
        <translation>Es ist kein Schlüsselspeicher verfügbar.</translation>
    </message>
    <message>
        <source>Keys are kept in the encrypted file %1; its passphrase is asked when a key is needed.</source>
        <translation>Die Schlüssel werden in der verschlüsselten Datei %1 aufbewahrt; ihre Passphrase wird abgefragt, wenn ein Schlüssel gebraucht wird.</translation>
    </message>
    <message>
        <source>Looking for a saved key…</source>
        <translation>Suche nach einem gespeicherten Schlüssel…</translation>
    </message>
    <message>
        <source>Look for a saved key</source>
        <translation>Nach einem gespeicherten Schlüssel suchen</translation>
    </message>
    <message>
        <source>Could not look for a saved key: %1</source>
        <translation>Die Suche nach einem gespeicherten Schlüssel ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A key is saved in %1.</source>
        <translation>Ein Schlüssel ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No key is saved; keys are kept in %1.</source>
        <translation>Es ist kein Schlüssel gespeichert; Schlüssel werden in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
    <message>
        <source>Save a key</source>
        <translation>Einen Schlüssel speichern</translation>
    </message>
    <message>
        <source>Key saved in %1.</source>
        <translation>Schlüssel in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Remove a saved key</source>
        <translation>Einen gespeicherten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>No key is saved any more in %1.</source>
        <translation>In %1 ist kein Schlüssel mehr gespeichert.</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>Der Schlüssel wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>No key is saved for this provider.</source>
        <translation>Für diesen Anbieter ist kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DemoBanner</name>
    <message>
        <source>&lt;b&gt;This is a demo workspace with planted incidents.&lt;/b&gt; Where to look first:</source>
        <translation>&lt;b&gt;Dies ist ein Demo-Arbeitsbereich mit eingebauten Vorfällen.&lt;/b&gt; Wo Sie zuerst nachsehen sollten:</translation>
    </message>
    <message>
        <source>Planted: a latency spike, an error-rate spike when a data source fails, a slow memory leak, a throughput drop and a gradual accuracy decline.</source>
        <translation>Eingebaut: eine Latenzspitze, eine Fehlerquotenspitze beim Ausfall einer Datenquelle, ein langsames Speicherleck, ein Durchsatzeinbruch und ein allmählicher Rückgang der Genauigkeit.</translation>
    </message>
    <message>
        <source>the open anomalies</source>
        <translation>die offenen Anomalien</translation>
    </message>
    <message>
        <source>the error patterns of Run History</source>
        <translation>die Fehlermuster der Laufhistorie</translation>
    </message>
    <message>
        <source>the daily charts</source>
        <translation>die Tagesdiagramme</translation>
    </message>
    <message>
        <source>Close this note; it will not be shown again</source>
        <translation>Diesen Hinweis schließen; er wird nicht wieder angezeigt</translation>
    </message>
    <message>
        <source>Close the demo note</source>
        <translation>Demo-Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::DetectorEditor</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>e.g. Latency p95 (seasonal)</source>
        <translation>z. B. Latenz p95 (saisonal)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The metrics this detector watches, per model and hour.</source>
        <translation>Die Metriken, die dieser Detektor je Modell und Stunde beobachtet.</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metriken:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Expected share of anomalous points (Isolation Forest, One-Class SVM, ensemble); auto uses the score&apos;s own threshold.</source>
        <translation>Erwarteter Anteil anomaler Punkte (Isolation Forest, One-Class-SVM, Ensemble); automatisch nutzt die eigene Schwelle der Bewertung.</translation>
    </message>
    <message>
        <source>Contamination:</source>
        <translation>Kontamination:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Length of the rolling baseline (robust z-score).</source>
        <translation>Länge der gleitenden Basislinie (robuster z-Wert).</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Severity ≥:</source>
        <translation>Schweregrad ≥:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Run every N minutes; manual runs only when you ask.</source>
        <translation>Alle N Minuten ausführen; manuell läuft nur auf Ihre Anforderung.</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Name: a detector needs a name.</source>
        <translation>Name: ein Detektor braucht einen Namen.</translation>
    </message>
    <message>
        <source>Metrics: check at least one metric to watch.</source>
        <translation>Metriken: haken Sie mindestens eine zu beobachtende Metrik an.</translation>
    </message>
    <message>
        <source>Severity thresholds: %1 (%2) must be above %3 (%4).</source>
        <translation>Schwellen für den Schweregrad: %1 (%2) muss über %3 (%4) liegen.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::EmptyState</name>
    <message>
        <source>Import runs…</source>
        <translation>Läufe importieren…</translation>
    </message>
    <message>
        <source>Import runs from CSV, JSON, JSONL or an MLflow store</source>
        <translation>Läufe aus CSV, JSON, JSONL oder einem MLflow-Speicher importieren</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Demo-Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>A new workspace with 90 days of runs and planted incidents to explore</source>
        <translation>Ein neuer Arbeitsbereich mit Läufen aus 90 Tagen und eingebauten Vorfällen zum Erkunden</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ErrorPatternsView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Error template</source>
        <translation>Fehlervorlage</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Häufigste Modelle</translation>
    </message>
    <message>
        <source>Top symbols</source>
        <translation>Häufigste Symbole</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>The error patterns could not be computed: %1</source>
        <translation>Die Fehlermuster konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Show runs</source>
        <translation>Läufe anzeigen</translation>
    </message>
    <message>
        <source>Filter the run list to the runs with this error template</source>
        <translation>Die Laufliste auf die Läufe mit dieser Fehlervorlage filtern</translation>
    </message>
    <message>
        <source>Error patterns</source>
        <translation>Fehlermuster</translation>
    </message>
    <message>
        <source>No failed runs with an error message match the filter.</source>
        <translation>Keine fehlgeschlagenen Läufe mit Fehlermeldung passen zum Filter.</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>First seen (%1)</source>
        <translation>Zuerst gesehen (%1)</translation>
    </message>
    <message>
        <source>Last seen (%1)</source>
        <translation>Zuletzt gesehen (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 runs, first seen %2, last seen %3 (%4)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Läufe, zuerst gesehen %2, zuletzt gesehen %3 (%4)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::Format</name>
    <message>
        <source>%1 %</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>%1 % (%2–%3)</source>
        <translation>%L1 % (%L2–%L3)</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::GeneralPage</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>The timeframe the Overview and AI Analysis start with, at the start of Kestrel and whenever a workspace is opened. A change applies to each panel at its next reset, not to a timeframe already on screen.</source>
        <translation>Der Zeitraum, mit dem Übersicht und KI-Analyse beginnen: beim Start von Kestrel und immer, wenn ein Arbeitsbereich geöffnet wird. Eine Änderung gilt für jede Ansicht ab ihrem nächsten Zurücksetzen, nicht für einen schon angezeigten Zeitraum.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ImportDialog</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Input parameters (JSON)</source>
        <translation>Eingabeparameter (JSON)</translation>
    </message>
    <message>
        <source>Output results (JSON)</source>
        <translation>Ausgabeergebnisse (JSON)</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Speicher (MB)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Laufname</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Tags (JSON)</source>
        <translation>Tags (JSON)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON-Array</translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>MLflow tracking store</source>
        <translation>MLflow-Tracking-Speicher</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>A CSV, JSON or JSONL file, an mlflow.db or an mlruns folder</source>
        <translation>Eine CSV-, JSON- oder JSONL-Datei, eine mlflow.db oder ein mlruns-Ordner</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>MLflow folder…</source>
        <translation>MLflow-Ordner…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Detect from the path</source>
        <translation>Aus dem Pfad erkennen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Skip invalid rows (import the rest; write the invalid ones to SOURCE.rejected.csv)</source>
        <translation>Ungültige Zeilen überspringen (den Rest importieren; die ungültigen nach QUELLE.rejected.csv schreiben)</translation>
    </message>
    <message>
        <source>Preview (first rows):</source>
        <translation>Vorschau (erste Zeilen):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column for each run field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spalte für jedes Laufattribut&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>Each JSON object becomes one run; its keys are the run fields (model_name, execution_time, status, execution_duration, accuracy_score, …).</source>
        <translation>Jedes JSON-Objekt wird zu einem Lauf; seine Schlüssel sind die Laufattribute (model_name, execution_time, status, execution_duration, accuracy_score, …).</translation>
    </message>
    <message>
        <source>Experiments become model names; run status, start and end give status and duration; parameters become input parameters and tags are kept. Deleted runs are skipped. The latest value of each metric is used:</source>
        <translation>Experimente werden zu Modellnamen; Laufstatus, Start und Ende ergeben Status und Dauer; Parameter werden zu Eingabeparametern, und Tags bleiben erhalten. Gelöschte Läufe werden übersprungen. Von jeder Metrik wird der letzte Wert verwendet:</translation>
    </message>
    <message>
        <source>Accuracy metric:</source>
        <translation>Genauigkeitsmetrik:</translation>
    </message>
    <message>
        <source>Confidence metric:</source>
        <translation>Konfidenzmetrik:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Import runs from a file</source>
        <translation>Läufe aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Run files (*.csv *.tsv *.json *.jsonl *.ndjson *.db);;All files (*)</source>
        <translation>Lauf-Dateien (*.csv *.tsv *.json *.jsonl *.ndjson *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>MLflow tracking folder (mlruns)</source>
        <translation>MLflow-Tracking-Ordner (mlruns)</translation>
    </message>
    <message>
        <source>detected: %1</source>
        <translation>erkannt: %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Choose a file or an MLflow store to import.</source>
        <translation>Wählen Sie eine Datei oder einen MLflow-Speicher zum Importieren.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Choose the CSV column for &quot;%1&quot;.</source>
        <translation>Wählen Sie die CSV-Spalte für „%1“.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Runs imported: %1</source>
        <translation>Importierte Läufe: %1</translation>
    </message>
    <message>
        <source>Duplicates skipped (already in the workspace): %1</source>
        <translation>Übersprungene Duplikate (bereits im Arbeitsbereich): %1</translation>
    </message>
    <message>
        <source>Skipped in the MLflow store (deleted or invalid): %1</source>
        <translation>Im MLflow-Speicher übersprungen (gelöscht oder ungültig): %1</translation>
    </message>
    <message>
        <source>Invalid rows rejected: %1, written with their reasons to %2</source>
        <translation>Zurückgewiesene ungültige Zeilen: %1, mit ihren Gründen geschrieben nach %2</translation>
    </message>
    <message>
        <source>File › Undo last import removes these runs again.</source>
        <translation>Datei › Letzten Import rückgängig machen entfernt diese Läufe wieder.</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <source>Latest import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Remove the runs of the latest import (%1 from %2)? Other runs are kept.</source>
        <translation>Die Läufe des letzten Imports entfernen (%1 aus %2)? Andere Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>Import von %1 rückgängig machen</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::LimitsPage</name>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>These limits belong to the workspace: everyone who opens it shares them.</source>
        <translation>Diese Limits gehören zum Arbeitsbereich: alle, die ihn öffnen, teilen sie.</translation>
    </message>
    <message>
        <source>Budgets and limits</source>
        <translation>Budgets und Limits</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::MainWindow</name>
    <message>
        <source>Kestrel workspaces (*.kestrel);;All files (*)</source>
        <translation>Kestrel-Arbeitsbereiche (*.kestrel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Demo workspace creation cancelled.</source>
        <translation>Erstellung des Demo-Arbeitsbereichs abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New &amp;demo workspace…</source>
        <translation>Neuer &amp;Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Import runs…</source>
        <translation>Läufe &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>Letzten Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;Export runs…</source>
        <translation>Läufe &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Recover…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Recover workspace</source>
        <translation>Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Kestrel — %1</source>
        <translation>Kestrel — %1</translation>
    </message>
    <message>
        <source>Kestrel — %1 (read-only)</source>
        <translation>Kestrel — %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>A demo workspace is already being created.</source>
        <translation>Es wird bereits ein Demo-Arbeitsbereich erstellt.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the demo workspace.</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei für den Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create demo workspace</source>
        <translation>Demo-Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Creating the demo workspace %1 (%2 runs)…</source>
        <translation>Demo-Arbeitsbereich %1 wird erstellt (%2 Läufe)…</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Demo-Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Arbeitsbereich beschädigt</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-wiederhergestellt</translation>
    </message>
    <message>
        <source>Recover into a new workspace</source>
        <translation>In einen neuen Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <source>Kestrel workspaces (*.kestrel)</source>
        <translation>Kestrel-Arbeitsbereiche (*.kestrel)</translation>
    </message>
    <message>
        <source>Recovered %1 rows into %2</source>
        <translation>%1 Zeilen in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Cannot recover workspace</source>
        <translation>Arbeitsbereich kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Count runs</source>
        <translation>Läufe zählen</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>New demo workspace</source>
        <translation>Neuer Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Imported %1 runs.</source>
        <translation>%1 Läufe importiert.</translation>
    </message>
    <message>
        <source>Export runs matching the Run History filter</source>
        <translation>Läufe exportieren, die zum Filter der Laufhistorie passen</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>The password was not saved in the keychain: %1</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>Opening workspace %1…</source>
        <translation>Arbeitsbereich %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>This panel has no search field.</source>
        <translation>Diese Ansicht hat kein Suchfeld.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ModelChoiceEditor</name>
    <message>
        <source>Built-in analyst</source>
        <translation>Eingebauter Analyst</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>no model: statistics only</source>
        <translation>kein Modell: nur Statistik</translation>
    </message>
    <message>
        <source>List %1 models</source>
        <translation>%1-Modelle auflisten</translation>
    </message>
    <message>
        <source>Models listed by the provider.</source>
        <translation>Vom Anbieter aufgelistete Modelle.</translation>
    </message>
    <message>
        <source>The provider could not be asked; built-in list shown. %1</source>
        <translation>Der Anbieter konnte nicht gefragt werden; die eingebaute Liste wird gezeigt. %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ModelComparisonView</name>
    <message>
        <source>95 % confidence interval in brackets (%1)</source>
        <translation>95-%-Konfidenzintervall in Klammern (%1)</translation>
    </message>
    <message>
        <source>Wilson</source>
        <translation>Wilson</translation>
    </message>
    <message>
        <source>Student t</source>
        <translation>Student-t</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Success rate (95 % CI)</source>
        <translation>Erfolgsquote (95-%-KI)</translation>
    </message>
    <message>
        <source>Mean accuracy (95 % CI)</source>
        <translation>Mittlere Genauigkeit (95-%-KI)</translation>
    </message>
    <message>
        <source>p50 duration</source>
        <translation>Dauer p50</translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation>Dauer p95</translation>
    </message>
    <message>
        <source>The comparison could not be computed: %1</source>
        <translation>Der Vergleich konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe passen zum Filter.</translation>
    </message>
    <message>
        <source>Rank %1: last of the models compared.</source>
        <translation>Rang %1: letztes der verglichenen Modelle.</translation>
    </message>
    <message>
        <source> The 95 % intervals overlap, so the order may be chance.</source>
        <translation> Die 95-%-Intervalle überschneiden sich, die Reihenfolge kann also Zufall sein.</translation>
    </message>
    <message>
        <source>Above %1 by success rate (%2 against %3).</source>
        <translation>Vor %1 nach Erfolgsquote (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>Same success rate as %1, above it by mean accuracy (%2 against %3).</source>
        <translation>Gleiche Erfolgsquote wie %1, davor nach mittlerer Genauigkeit (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>Same success rate and accuracy as %1, faster at p95 (%2 against %3).</source>
        <translation>Gleiche Erfolgsquote und Genauigkeit wie %1, schneller bei p95 (%2 gegenüber %3).</translation>
    </message>
    <message>
        <source>Tied with %1; ordered by name.</source>
        <translation>Gleichauf mit %1; nach Namen geordnet.</translation>
    </message>
    <message>
        <source>Ranked by success rate: the share of finished runs that completed, runs still running left out; higher is better.</source>
        <translation>Gereiht nach Erfolgsquote: dem Anteil der beendeten Läufe, die abgeschlossen wurden, noch laufende nicht mitgezählt; höher ist besser.</translation>
    </message>
    <message>
        <source>Equal rates are ordered by mean accuracy, then p95 duration (lower is better). Hover a rank or a row of the chart for the figures.</source>
        <translation>Gleiche Quoten werden nach mittlerer Genauigkeit geordnet, dann nach Dauer p95 (niedriger ist besser). Zeigen Sie auf einen Rang oder eine Zeile des Diagramms, um die Zahlen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best: %1 at %2 (95 % interval %3 to %4) over %Ln run(s).</source>
        <translation>
            <numerusform>Am besten: %1 mit %2 (95-%-Intervall %3 bis %4) aus %Ln Lauf.</numerusform>
            <numerusform>Am besten: %1 mit %2 (95-%-Intervall %3 bis %4) aus %Ln Läufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The intervals of %1 overlap the best one, so they are not clearly worse: their lower rank may be chance.</source>
        <translation>Die Intervalle von %1 überschneiden sich mit dem besten, sie sind also nicht eindeutig schlechter: ihr niedrigerer Rang kann Zufall sein.</translation>
    </message>
    <message>
        <source>The intervals of %1 lie wholly below it, so they are clearly worse.</source>
        <translation>Die Intervalle von %1 liegen ganz darunter, sie sind also eindeutig schlechter.</translation>
    </message>
    <message>
        <source>No other model has finished runs.</source>
        <translation>Kein anderes Modell hat beendete Läufe.</translation>
    </message>
    <message>
        <source>The chart gives the runs behind each model; its dashed line marks the lower end of the best interval.</source>
        <translation>Das Diagramm nennt die Läufe hinter jedem Modell; seine gestrichelte Linie markiert das untere Ende des besten Intervalls.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ModelIntervalChart</name>
    <message>
        <source>Success rate with 95 % interval (higher is better →)</source>
        <translation>Erfolgsquote mit 95-%-Intervall (höher ist besser →)</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe passen zum Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln run(s)</source>
        <translation>
            <numerusform>%1 · %Ln Lauf</numerusform>
            <numerusform>%1 · %Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No model has finished runs yet.</source>
        <translation>Noch kein Modell hat beendete Läufe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, rank %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Rang %2</translation>
    </message>
    <message>
        <source>Success rate %1, 95 % Wilson interval %2 to %3</source>
        <translation>Erfolgsquote %1, 95-%-Wilson-Intervall %2 bis %3</translation>
    </message>
    <message>
        <source>No finished runs, so no success rate</source>
        <translation>Keine beendeten Läufe, also keine Erfolgsquote</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s), %1 failed</source>
        <translation>
            <numerusform>%Ln Lauf, %1 fehlgeschlagen</numerusform>
            <numerusform>%Ln Läufe, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Overlaps the best model&apos;s interval: not clearly worse</source>
        <translation>Überschneidet sich mit dem Intervall des besten Modells: nicht eindeutig schlechter</translation>
    </message>
    <message>
        <source>Wholly below the best model&apos;s interval: clearly worse</source>
        <translation>Ganz unter dem Intervall des besten Modells: eindeutig schlechter</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::MultiSelectButton</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: beliebig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 selected</source>
        <translation>%1: %2 ausgewählt</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::OverviewPanel</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation>Dauer p95</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Open anomalies</source>
        <translation>Offene Anomalien</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Anomalies not yet acknowledged, resolved or dismissed, by severity</source>
        <translation>Anomalien, die noch nicht bestätigt, gelöst oder verworfen sind, nach Schweregrad</translation>
    </message>
    <message>
        <source>Models in this timeframe</source>
        <translation>Modelle in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Daily runs</source>
        <translation>Läufe pro Tag</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>critical %1 · high %2 · medium %3 · low %4</source>
        <translation>kritisch %1 · hoch %2 · mittel %3 · niedrig %4</translation>
    </message>
    <message numerus="yes">
        <source>Daily values over the last %n complete days</source>
        <translation>
            <numerusform>Tageswerte des letzten vollständigen Tages</numerusform>
            <numerusform>Tageswerte der letzten %n vollständigen Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed · %2 running</source>
        <translation>%1 abgeschlossen · %2 laufend</translation>
    </message>
    <message>
        <source>of %1 ended runs</source>
        <translation>von %1 beendeten Läufen</translation>
    </message>
    <message>
        <source>p50 %1 · mean %2</source>
        <translation>p50 %1 · Mittel %2</translation>
    </message>
    <message>
        <source>%1 of ended runs</source>
        <translation>%1 der beendeten Läufe</translation>
    </message>
    <message>
        <source>No runs in this workspace yet</source>
        <translation>Noch keine Läufe in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>The Overview sums up your model runs: how many ran, how many failed, how long they took, the open anomalies and the models ranked. Import runs from a CSV, JSON or MLflow file, or explore a demo workspace with planted incidents.</source>
        <translation>Die Übersicht fasst Ihre Modellläufe zusammen: wie viele liefen, wie viele fehlschlugen, wie lange sie dauerten, die offenen Anomalien und die Rangfolge der Modelle. Importieren Sie Läufe aus einer CSV-, JSON- oder MLflow-Datei, oder erkunden Sie einen Demo-Arbeitsbereich mit eingebauten Vorfällen.</translation>
    </message>
    <message numerus="yes">
        <source>No runs in the last %n days. Run History shows every run of the workspace.</source>
        <translation>
            <numerusform>Keine Läufe am letzten Tag. Die Laufhistorie zeigt jeden Lauf des Arbeitsbereichs.</numerusform>
            <numerusform>Keine Läufe in den letzten %n Tagen. Die Laufhistorie zeigt jeden Lauf des Arbeitsbereichs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace facts</source>
        <translation>Angaben zum Arbeitsbereich</translation>
    </message>
    <message>
        <source>as of %1 (%2)</source>
        <translation>Stand %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::PricesPage</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Prices belong to the workspace. A model without a price has an unknown cost and can still be used; an exact model id wins over a family.</source>
        <translation>Preise gehören zum Arbeitsbereich. Ein Modell ohne Preis hat unbekannte Kosten und kann trotzdem verwendet werden; eine genaue Modell-ID hat Vorrang vor einer Familie.</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Row %1: the %2 price &quot;%3&quot; is not a number of USD ≥ 0.</source>
        <translation>Zeile %1: der %2-Preis „%3“ ist keine Zahl in USD ≥ 0.</translation>
    </message>
    <message>
        <source>Row %1: the provider and the model must not be empty.</source>
        <translation>Zeile %1: Anbieter und Modell dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Model or family
(* wildcard)</source>
        <translation>Modell oder Familie
(* als Platzhalter)</translation>
    </message>
    <message>
        <source>Input
USD per 1M tokens</source>
        <translation>Eingabe
USD pro 1 Mio. Token</translation>
    </message>
    <message>
        <source>Output
USD per 1M tokens</source>
        <translation>Ausgabe
USD pro 1 Mio. Token</translation>
    </message>
    <message>
        <source>Price of one million input tokens, in US dollars</source>
        <translation>Preis für eine Million Eingabe-Token, in US-Dollar</translation>
    </message>
    <message>
        <source>Price of one million output tokens, in US dollars</source>
        <translation>Preis für eine Million Ausgabe-Token, in US-Dollar</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ReportHistoryView</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Search reports and models</source>
        <translation>Berichte und Modelle durchsuchen</translation>
    </message>
    <message>
        <source>Any analysis type</source>
        <translation>Beliebige Analyseart</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Beliebiger Anbieter</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>ab beliebigem Datum</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>bis beliebigem Datum</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Token ein / aus</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Double-click to reopen; select two to compare.</source>
        <translation>Doppelklick öffnet erneut; zwei auswählen zum Vergleichen.</translation>
    </message>
    <message>
        <source>List AI reports</source>
        <translation>KI-Berichte auflisten</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No stored reports match.</source>
        <translation>Keine gespeicherten Berichte passen.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message>
        <source>Open AI report</source>
        <translation>KI-Bericht öffnen</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export report as Markdown</source>
        <translation>Bericht als Markdown exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation>Erstellt (%1)</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RunChartsView</name>
    <message>
        <source>Runs per day by status</source>
        <translation>Läufe pro Tag nach Status</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Duration per day</source>
        <translation>Dauer pro Tag</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Mean accuracy per model per day</source>
        <translation>Mittlere Genauigkeit je Modell und Tag</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>The charts could not be computed: %1</source>
        <translation>Die Diagramme konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>Keine Läufe passen zum Filter.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 runs)</source>
        <translation>%1: %2 (%3 Läufe)</translation>
    </message>
    <message>
        <source>completed: %1</source>
        <translation>abgeschlossen: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>laufend: %1</translation>
    </message>
    <message>
        <source>p50: %1</source>
        <translation>p50: %1</translation>
    </message>
    <message>
        <source>p95: %1</source>
        <translation>p95: %1</translation>
    </message>
    <message>
        <source>None of these runs has a duration.</source>
        <translation>Keiner dieser Läufe hat eine Dauer.</translation>
    </message>
    <message>
        <source>None of these runs has an accuracy.</source>
        <translation>Keiner dieser Läufe hat eine Genauigkeit.</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RunDetailView</name>
    <message>
        <source>Select a run to see its details.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Laufname</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation>Protokolliert am</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Input parameters</source>
        <translation>Eingabeparameter</translation>
    </message>
    <message>
        <source>Output results</source>
        <translation>Ausgabeergebnisse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RunFilterBar</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>To (exclusive)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>Alle Symbole</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Search errors and parameters</source>
        <translation>Fehler und Parameter durchsuchen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every run</source>
        <translation>Alle Läufe anzeigen</translation>
    </message>
    <message>
        <source>template: %1  ✕</source>
        <translation>Vorlage: %1  ✕</translation>
    </message>
    <message>
        <source>Runs whose error matches
%1
Click to remove.</source>
        <translation>Läufe, deren Fehler passt zu
%1
Klicken zum Entfernen.</translation>
    </message>
    <message>
        <source>Type part of a symbol to find it</source>
        <translation>Teil eines Symbols eingeben, um es zu finden</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RunHistoryPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import runs from CSV, JSON, JSONL or an MLflow store</source>
        <translation>Läufe aus CSV, JSON, JSONL oder einem MLflow-Speicher importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export every run that matches the filter to CSV or JSON</source>
        <translation>Jeden Lauf, der zum Filter passt, als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <source>Error patterns</source>
        <translation>Fehlermuster</translation>
    </message>
    <message>
        <source>Loading runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <source>%1 runs match the filter</source>
        <translation>%1 Läufe passen zum Filter</translation>
    </message>
    <message>
        <source>Cannot read runs: %1</source>
        <translation>Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Filter choices</source>
        <translation>Filterauswahl</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Laufübersicht</translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Export runs to %1</source>
        <translation>Läufe nach %1 exportieren</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 runs to %2</source>
        <translation>%1 Läufe nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Laufhistorie</translation>
    </message>
    <message>
        <source>No runs in this workspace yet</source>
        <translation>Noch keine Läufe in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Run History lists every model run with its status, duration, accuracy, parameters and errors, with charts, a model comparison and the error patterns. Import runs from a CSV, JSON or MLflow file, or explore a demo workspace.</source>
        <translation>Die Laufhistorie listet jeden Modelllauf mit Status, Dauer, Genauigkeit, Parametern und Fehlern auf, dazu Diagramme, einen Modellvergleich und die Fehlermuster. Importieren Sie Läufe aus einer CSV-, JSON- oder MLflow-Datei, oder erkunden Sie einen Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No runs match the filter</source>
        <translation>Keine Läufe passen zum Filter</translation>
    </message>
    <message>
        <source>The workspace has runs, but none with this timeframe, model, status, symbol, source and search text together.</source>
        <translation>Der Arbeitsbereich enthält Läufe, aber keinen, auf den Zeitraum, Modell, Status, Symbol, Quelle und Suchtext zugleich zutreffen.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Run detail</source>
        <translation>Laufdetails</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RunSummaryStrip</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Mittlere Dauer</translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation>Dauer p95</translation>
    </message>
    <message>
        <source>Mean accuracy</source>
        <translation>Mittlere Genauigkeit</translation>
    </message>
    <message>
        <source>%1 completed, %2 failed, %3 cancelled, %4 running</source>
        <translation>%1 abgeschlossen, %2 fehlgeschlagen, %3 abgebrochen, %4 laufend</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>Summary unavailable: %1</source>
        <translation>Zusammenfassung nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::RunTableModel</name>
    <message>
        <source>Run table preview</source>
        <translation>Vorschau der Lauftabelle</translation>
    </message>
    <message>
        <source>Run table</source>
        <translation>Lauftabelle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Run table rows</source>
        <translation>Zeilen der Lauftabelle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n run(s)</source>
        <translation>
            <numerusform>%n Lauf wird kopiert</numerusform>
            <numerusform>%n Läufe werden kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kestrel::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Open a workspace to edit its AI providers, prices and budgets.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine KI-Anbieter, Preise und Budgets zu bearbeiten.</translation>
    </message>
    <message>
        <source>The workspace&apos;s AI settings cannot be edited: %1</source>
        <translation>Die KI-Einstellungen des Arbeitsbereichs können nicht bearbeitet werden: %1</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s settings…</source>
        <translation>Einstellungen des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message>
        <source>Read settings</source>
        <translation>Einstellungen lesen</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tables › Copy the selected rows (with headers)</source>
        <translation>Tabellen › Ausgewählte Zeilen kopieren (mit Spaltenköpfen)</translation>
    </message>
    <message>
        <source>Tables › Select several rows</source>
        <translation>Tabellen › Mehrere Zeilen auswählen</translation>
    </message>
    <message>
        <source>Shift+Click, Ctrl+Click</source>
        <translation>Umschalt+Klick, Strg+Klick</translation>
    </message>
    <message>
        <source>Tables › Open the detail of a row</source>
        <translation>Tabellen › Details einer Zeile öffnen</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Eingabetaste, Doppelklick</translation>
    </message>
    <message>
        <source>Tables › Copy, filter, choose columns</source>
        <translation>Tabellen › Kopieren, filtern, Spalten auswählen</translation>
    </message>
    <message>
        <source>Right-click, Menu key</source>
        <translation>Rechtsklick, Menütaste</translation>
    </message>
    <message>
        <source>Charts › Reset the zoom</source>
        <translation>Diagramme › Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::TableActions</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopieren</numerusform>
            <numerusform>%n Zeilen kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Zelle kopieren</translation>
    </message>
    <message>
        <source>Filter by %1 = &quot;%2&quot;</source>
        <translation>Nach %1 = „%2“ filtern</translation>
    </message>
    <message>
        <source>Open detail</source>
        <translation>Details öffnen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::TeamWorkspaceDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>Nur, wenn der Server eines verlangt</translation>
    </message>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>A team workspace lives in a schema on a PostgreSQL server, shared by everyone who connects to it. Create one with &lt;code&gt;kestrel workspace create-team URL&lt;/code&gt;.</source>
        <translation>Ein Team-Arbeitsbereich liegt in einem Schema auf einem PostgreSQL-Server und wird von allen geteilt, die sich damit verbinden. Erstellen Sie einen mit &lt;code&gt;kestrel workspace create-team URL&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type the URL of the team workspace.</source>
        <translation>Geben Sie die URL des Team-Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>A team workspace URL starts with postgresql://</source>
        <translation>Eine URL eines Team-Arbeitsbereichs beginnt mit postgresql://</translation>
    </message>
    <message>
        <source>Forget saved password</source>
        <translation>Gespeichertes Passwort vergessen</translation>
    </message>
    <message>
        <source>Look up the saved password</source>
        <translation>Gespeichertes Passwort suchen</translation>
    </message>
    <message>
        <source>Forget the saved password</source>
        <translation>Gespeichertes Passwort vergessen</translation>
    </message>
    <message>
        <source>The saved password of %1 was removed from the keychain.</source>
        <translation>Das gespeicherte Passwort für %1 wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The saved password was not removed: %1</source>
        <translation>Das gespeicherte Passwort wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>kestrel::ui::UserGuideViewer</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Kestrel user guide</source>
        <translation>Kestrel-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed (looked in %1).</source>
        <translation>Das Benutzerhandbuch ist nicht installiert (gesucht in %1).</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
</context>
</TS>
