/** The report's one stylesheet (`assets/style.css`). Entity colours always come with a text label. */
export const STYLE_CSS = `:root{--person:#f6c85f;--org:#7fb3ff;--title:#b5e48c;--date:#f4a6c6;--ink:#1d1d1f;--muted:#5b5b66;--line:#dcdce3}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,sans-serif;margin:0;color:var(--ink);background:#fff}
header.top{background:#22223b;color:#fff;padding:.4rem 1.5rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
header.top a{color:#fff;text-decoration:none;padding:.2rem .4rem;border-radius:3px}header.top a:hover,header.top a:focus{background:#4a4e69}
header.top a[aria-current=page]{text-decoration:underline}header.top .brand{font-weight:700}
main{max-width:1200px;margin:0 auto;padding:1rem 1.5rem}a{color:#1d4ed8}:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
h1{font-size:1.6rem;margin:.4rem 0 1rem}h2{font-size:1.2rem;margin:1.4rem 0 .5rem}h3{font-size:1rem;margin:1rem 0 .4rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}th button{all:unset;cursor:pointer;font-weight:600}th button:focus-visible{outline:3px solid #f59e0b}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:0 2rem}
.controls{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:end;margin:.5rem 0;padding:.6rem;background:#f7f7fa;border:1px solid var(--line);border-radius:4px}
.controls label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}.controls fieldset{border:0;margin:0;padding:0;display:flex;gap:.6rem;align-items:center}
.controls legend{font-size:.85rem;color:var(--muted);float:left;margin-right:.4rem}.controls fieldset label{flex-direction:row;gap:.25rem;color:var(--ink)}
input,select,button{font:inherit}.pager{display:flex;gap:.6rem;align-items:center}.status{color:var(--muted);font-size:.9rem}
.tag{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:.75rem;font-weight:700;border:1px solid rgba(0,0,0,.25);color:#111}
.PERSON{background:var(--person)}.ORG{background:var(--org)}.TITLE{background:var(--title)}.DATE{background:var(--date)}
.tabs{display:flex;gap:.3rem;border-bottom:2px solid var(--line);margin-bottom:.5rem}.tabs a{padding:.3rem .8rem;border:1px solid var(--line);border-bottom:0;border-radius:4px 4px 0 0;text-decoration:none}
.tabs a[aria-current=page]{background:#22223b;color:#fff}
.article{display:grid;grid-template-columns:minmax(0,3fr) minmax(240px,1fr);gap:2rem}.text{white-space:pre-wrap;line-height:2.1;font-size:1rem}
mark.ent{border-radius:4px;padding:.1em .3em;color:#111}mark.ent a{color:inherit;text-decoration:none}mark.ent .label{font-size:.62em;font-weight:700;margin-left:.35em;text-transform:uppercase;vertical-align:middle}
.legend{display:flex;gap:.5rem;flex-wrap:wrap;margin:.5rem 0}aside ul{padding-left:1.1rem;margin:.2rem 0}
.kwic td.l{text-align:right;color:var(--muted);width:42%}.kwic td.r{color:var(--muted);width:42%}.kwic td.m{font-weight:700;white-space:nowrap}
svg.chart{width:100%;height:auto;display:block}svg.chart .bar{fill:#4a4e69}svg.chart .bar:hover{fill:#f59e0b}svg.chart text{font-size:11px;fill:#555}
.net{display:grid;grid-template-columns:minmax(0,1fr) 260px;gap:1rem}#cy{height:72vh;min-height:420px;border:1px solid var(--line);border-radius:4px;background:#fcfcfd}
.__________cytoscape_container{position:relative}#net-list{max-height:72vh;overflow:auto;font-size:.9rem}#net-hover{min-height:1.5em}
.muted{color:var(--muted)}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem;z-index:9}
@media (max-width:800px){.article,.net{grid-template-columns:1fr}}
`
