namespace S3Criteria.Writers;

/// <summary>
/// The HTML report's style sheet, written inline: the report loads nothing from elsewhere. Every text colour keeps a
/// contrast of at least 4.5:1 with its background (WCAG 2.1 AA). Printed, the page is A4 with margins, tables keep
/// their rows and repeat their header row, and headings stay with what follows them.
/// </summary>
internal static class HtmlReportStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = """
        :root{--ok:#1a7f37;--part:#9a5700;--no:#b3261e;--na:#5f6368;--ca:#6f3fa0;--info:#0b63c4;--ink:#1f2328;--muted:#57606a;--line:#d0d7de}
        *{box-sizing:border-box}
        body{margin:0;background:#eef1f4;color:var(--ink);font:15px/1.5 "Segoe UI",system-ui,-apple-system,"Liberation Sans","DejaVu Sans",Arial,sans-serif}
        main{max-width:1140px;margin:0 auto;padding:24px 32px 40px;background:#fff}
        h1{font-size:1.55rem;line-height:1.25;margin:0 0 .3rem}
        h2{font-size:1.2rem;margin:1.6rem 0 .6rem}
        h3{font-size:1rem;margin:1rem 0 .4rem}
        a{color:#0b57a4}
        code{font:.85em "DejaVu Sans Mono",Consolas,monospace;overflow-wrap:anywhere}
        .meta,.note,.legend,.src{color:var(--muted);font-size:.88rem;margin:.2rem 0}
        .overall{font-size:1.1rem;margin:.8rem 0 0}
        .badge{display:inline-block;padding:.1em .65em;border-radius:999px;color:#fff;font-weight:600;white-space:nowrap}
        .v-ok{background:var(--ok)}.v-part{background:var(--part)}.v-no{background:var(--no)}.v-na{background:var(--na)}.v-ca{background:var(--ca)}
        .tiles{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:8px;list-style:none;margin:0;padding:0}
        .tile a{display:flex;flex-direction:column;gap:2px;height:100%;padding:10px;border-radius:8px;color:#fff;text-decoration:none}
        .tid{font-weight:700}.tv{font-weight:600}.tt{font-size:.74rem;line-height:1.3}.tn{font-size:.78rem;margin-top:auto;padding-top:4px}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse}
        th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
        thead th{background:#f6f8fa;font-size:.85rem}
        .matrix{width:100%}.matrix td{text-align:center}
        .cnt{display:block;font-weight:600;white-space:nowrap}
        .names{list-style:none;margin:.15rem 0 0;padding:0;font-size:.76rem;line-height:1.3;text-align:left;min-width:9rem}.names li{margin:.15rem 0}
        .c-active{background:#d6f0dd}.c-planned{background:#fdebc8}.c-lapsed{background:#e4e7eb}
        .empty{color:var(--muted);background:repeating-linear-gradient(135deg,#fff 0 5px,#f1f3f5 5px 10px)}
        tr.unlinked th{font-style:italic;font-weight:normal}
        .key{display:inline-block;padding:0 .5em;border:1px solid var(--line);border-radius:3px;color:var(--ink)}
        .toc ol{margin:.2rem 0;padding-left:1.6rem;columns:2 22rem;column-gap:2rem}.toc li{break-inside:avoid;margin:.1rem 0}.toc-v{color:var(--muted);font-size:.85rem;white-space:nowrap}
        .criterion{border-top:2px solid var(--line);margin-top:1.6rem}
        .criterion h2 .badge{font-size:.8rem;vertical-align:middle}
        .finding{border:1px solid var(--line);border-left:6px solid var(--info);border-radius:6px;padding:8px 14px;margin:10px 0}
        .finding.s-blocking{border-left-color:var(--no)}.finding.s-advisory{border-left-color:var(--part)}.finding.waived{border-left-style:dashed;background:#f8f8fa}
        .finding p{margin:.35rem 0}
        .sev{display:inline-block;font-size:.78rem;font-weight:700;padding:0 .5em;border-radius:3px;color:#fff;background:var(--info)}
        .sev-blocking{background:var(--no)}.sev-advisory{background:var(--part)}.sev-ca{background:var(--ca)}.sev-waived{background:var(--na)}
        .msg{font-weight:600}
        .todo{background:#eaf3ff;border-radius:4px;padding:6px 10px;margin:.5rem 0}
        .waiver{background:#f1ecfa;border-radius:4px;padding:6px 10px}
        .why,.refs{font-size:.88rem}
        .refs a,.refs span{overflow-wrap:anywhere}
        .evidence{font-size:.82rem;margin:.3rem 0}
        .rules{list-style:none;padding:0;margin:0;font-size:.9rem}
        .rules li{padding:2px 0}
        .ok{color:var(--ok);font-weight:700}.na{color:var(--na);font-weight:700}
        @media (max-width:900px){.tiles{grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}main{padding:16px}}
        @page{size:A4;margin:15mm 14mm 16mm}
        @media print{body{background:#fff;font-size:10pt}main{max-width:none;padding:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .tiles{grid-template-columns:repeat(4,minmax(0,1fr))}
        .tile,.finding,tr,figure,.fc-row,.todo,.toc li,table.evidence{break-inside:avoid}h1,h2,h3{break-after:avoid}thead{display:table-header-group}
        .scroll{overflow:visible}table{width:100%}.matrix{font-size:9pt}.names{min-width:0;overflow-wrap:anywhere}
        .criterion{break-before:auto}a{color:#0b57a4;text-decoration:underline}.tile a{text-decoration:none}.refs a{overflow-wrap:anywhere}}
        """;
}
