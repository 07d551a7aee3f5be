<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AiAnalysisPanel</name>
    <message>
        <source>built-in analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked analyses every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimization recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise model names and symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonyms are sent; real names are restored in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse a cached answer when one exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus of several models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in merge lists where the answers agree and differ; a synthesis asks a chosen model to write the consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthesis by a chosen model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthesis by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the exact request and its cost; sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview to see the estimated cost before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to analyse and press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in analyst instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview request to see exactly what would be sent. Nothing is sent until you press Generate; the API key is never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two reports in History and press Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read AI settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview AI request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no price for a model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n call(s)&lt;/b&gt; over %1 runs · about &lt;b&gt;%2&lt;/b&gt; input tokens · at most &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cached — nothing will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached — nothing will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated: %1 input tokens, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — POST %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cached — nothing will be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in analyst is computing from the run statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before any text arrived; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the text that arrived is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the built-in statistical analyst because the provider failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the built-in statistical analyst (no provider configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the built-in statistical analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus of %1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached — nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete — the answer was cut short; what arrived is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens in / %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tokens used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent, no cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown (no price for the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as report #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored report #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeframe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiProvidersPage</name>
    <message>
        <source>Built-in statistical analyst (no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, gateways, llama.cpp server, Ollama, vLLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the provider to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest silence inside a streamed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider for analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first model the provider lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider which models it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the model list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AiSettingFields</name>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiSpendTile</name>
    <message>
        <source>AI spend this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI requests this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, %2 from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n without a price</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomalyChart</name>
    <message>
        <source>Expected band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an anomaly to see its metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyDetailView</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is looking at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was dealt with; asks for notes on what was found and done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a real problem; asks for a reason. Later detection learns from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#78909c&apos;&gt;No anomaly selected.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;background:%2; color:white; font-weight:bold&apos;&gt;&amp;nbsp;%3&amp;nbsp;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#455a64&apos;&gt;%4 · %5 · %6&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (normal band ±%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyReviewPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every enabled detector over the run history (the arrow offers the selected one only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all enabled detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every anomaly the filter selects to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found and done (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not a real problem? (required; later detection leaves this window out of its baseline and raises this detector&apos;s threshold for the metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as false positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection cancelled; nothing was stored for the unfinished detector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anomalies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running detection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Detection finished: %1 found by %n detector(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 not raised again: already reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting anomalies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this detector? Its anomalies stay, without a detector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: a note is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyStyle</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance degradation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU overload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-Class SVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robust z-score (MAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (runs/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyTableModel</name>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 · window %3 – %4 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove saved key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key from environment variable %1; it is not stored. Unset it to use a saved key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a key to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in the encrypted file %1; its passphrase is asked when a key is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a saved key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for a saved key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved; keys are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved any more in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: &apos;%2&apos; is not a time (use e.g. 2026-11-01 or 2026-11-01T09:30:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectorEditor</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Latency p95 (seasonal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics this detector watches, per model and hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected share of anomalous points (Isolation Forest, One-Class SVM, ensemble); auto uses the score&apos;s own threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contamination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the rolling baseline (robust z-score).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity ≥:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every N minutes; manual runs only when you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a detector needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: check at least one metric to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity thresholds: %1 (%2) must be above %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPatternsView</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error patterns could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the run list to the runs with this error template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed runs with an error message match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 runs, first seen %2, last seen %3 (UTC)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input parameters (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output results (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow tracking store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, JSON or JSONL file, an mlflow.db or an mlruns folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (first rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Column for each run field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each JSON object becomes one run; its keys are the run fields (model_name, execution_time, status, execution_duration, accuracy_score, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments become model names; run status, start and end give status and duration; parameters become input parameters and tags are kept. Deleted runs are skipped. The latest value of each metric is used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import runs from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run files (*.csv *.tsv *.json *.jsonl *.ndjson *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow tracking folder (mlruns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or an MLflow store to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV column for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These limits belong to the workspace: everyone who opens it shares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets and limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kestrel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel workspaces (*.kestrel);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace creation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kestrel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kestrel %1&lt;/h3&gt;&lt;p&gt;A desktop analytics workstation for ML model runs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo workspace is already being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workspace %1 (%2 runs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export runs matching the Run History filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelChoiceEditor</name>
    <message>
        <source>Built-in analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model: statistics only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models listed by the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not be asked; built-in list shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelComparisonView</name>
    <message>
        <source>95 % confidence interval in brackets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate (95 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean accuracy (95 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies not yet acknowledged, resolved or dismissed, by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models in this timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical %1 · high %2 · medium %3 · low %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Daily values over the last %n complete days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed · %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 ended runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 · mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of ended runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model or family (* wildcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, USD / M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output, USD / M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices belong to the workspace. A model without a price has an unknown cost and can still be used; an exact model id wins over a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the %2 price &quot;%3&quot; is not a number of USD ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the provider and the model must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Screenshots saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel AI analysis #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHistoryView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reports and models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any analysis type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to reopen; select two to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List AI reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored reports match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open AI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunChartsView</name>
    <message>
        <source>Runs per day by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean accuracy per model per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDetailView</name>
    <message>
        <source>Select a run to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunFilterBar</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search errors and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template: %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs whose error matches
%1
Click to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistoryPanel</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import runs from CSV, JSON, JSONL or an MLflow store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every run that matches the filter to CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export runs to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 runs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSummaryStrip</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed, %2 failed, %3 cancelled, %4 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Passphrase for API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so API keys are kept in the encrypted file %1.
Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so API keys will be kept in the encrypted file %1.
Choose a passphrase (asked once per session):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads for background jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened workspaces, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in a new demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe of the Overview panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to edit its AI providers, prices and budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s AI settings cannot be edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::app</name>
    <message>
        <source>Usage: kestrel [--workspace PATH] [COMMAND [ARGS...]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, Kestrel opens its window on the workspace (the default workspace unless --workspace is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;kestrel COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kestrel: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need dates such as 2026-11-01 or 2026-11-01T09:30Z, and both are required for a custom timeframe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-cap needs a whole number of at least 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consensus takes two or three models, e.g. anthropic:MODEL,openai:MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 stored: %2 runs, %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a whole number of at least 1, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI spend: %1 today, %2 this month (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day         provider   model                              requests cached  tokens in  tokens out   cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrel demo --workspace PATH [--runs N] [--seed S] [--days D] [--end TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a demo workspace: runs of five models over ~50 NSE and US symbols with planted incidents, and daily prices. The same seed and end give the same workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end: &apos;%1&apos; is not a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2 runs; the demo is generated only into a new or empty workspace. Choose another --workspace path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 runs, %3 planted incidents, %4 daily prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrel detect [--detector NAME | --all] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       kestrel detect --import-metrics FILE [--component NAME] [--columns a,b,c]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       kestrel detect --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       kestrel detect --csv FILE ... (score a CSV file; see kestrel detect --csv --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the workspace&apos;s detectors (every enabled one by default, or the one named) over the run history and imported metric series, stores the anomalies and prints them. --import-metrics brings a CSV of metric series (a time column plus metric columns) into the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 points of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put --csv right after detect: kestrel detect --csv FILE --out SCORED.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose either --detector NAME or --all, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no detector named &apos;%1&apos;; the workspace has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points scored, %3 anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 not raised again: already reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anomalies found by %2 detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrel detect --csv FILE [--columns a,b,c] [--algorithm iforest|ocsvm|mad|seasonal|ensemble] [--contamination F] [--seed S] [--threads N] --out SCORED.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a CSV with a header row and writes every row again with two more columns: score (0..1, 0.5 = the detector&apos;s threshold) and label (1 anomaly, 0 normal). Without --columns every numeric column except the time column is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv needs a file: kestrel detect --csv FILE --out SCORED.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required: where to write the scored CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown algorithm &apos;%1&apos;: use iforest, ocsvm, mad, seasonal or ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contamination must be &apos;auto&apos; or a fraction in (0, 0.5], not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be a positive integer, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no numeric column to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a column &apos;%2&apos;; rename it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows scored with %2 on %3 columns: %4 anomalies; wrote %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrel log-run --model M --status completed|failed|running|cancelled [--duration SEC] [--accuracy A] [--confidence C] [--symbol S] [--source D] [--error MSG] [--params JSON] [--results JSON] [--memory MB] [--cpu PCT] [--time T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-run needs --model NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-run needs --status (completed, failed, running or cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be completed, failed, running or cancelled, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time: &apos;%1&apos; is not a date or time (use ISO 8601 or Unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrel runs import FILE [--format csv|json|jsonl|mlflow] [--accuracy-metric NAME] [--confidence-metric NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE may be a CSV, JSON or JSONL file, an MLflow mlflow.db or an mlruns/ folder. The import is one transaction: on any error nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs import needs a FILE to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 runs (%2 skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrel runs export --out FILE [--format csv|json] [--timeframe 24h|7d|30d|90d|all] [--from T] [--to T] [--model M]... [--status S] [--symbol S] [--source D] [--search TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs export needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 runs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrel runs stats [--timeframe 24h|7d|30d|90d|all] [--from T] [--to T] [--model M]... [--status S] [--symbol S] [--source D] [--search TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1   success rate %2   mean duration %3   p95 duration %4   mean accuracy %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed %1, failed %2, running %3, cancelled %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::ui</name>
    <message>
        <source>The saved key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Anthropic API key: type one above, save it, or set ANTHROPIC_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is chosen and the provider listed none%1. Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms with model %3: “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut short: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the models (%1); showing the built-in list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a JSON object such as {&quot;lookback&quot;: 60}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not valid JSON (at character %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
