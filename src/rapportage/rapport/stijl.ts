// The report's stylesheet (screen and print/PDF).
export const RAPPORT_CSS = `
.rapport{font-family:'Source Sans 3',RijksoverheidSansWebText,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#000;line-height:1.45;font-size:15px}
.rapport h1,.rapport h2,.rapport h3,.rapport h4{color:#154273;line-height:1.2}
.rapport h1{font-size:2.4rem;margin:.2em 0}
.rapport h2{font-size:1.6rem;margin:1.2em 0 .5em;border-bottom:3px solid #01689b;padding-bottom:.15em}
.rapport h3{font-size:1.2rem;margin:1em 0 .4em}
.rapport h4{font-size:1rem;margin:.8em 0 .3em}
.rapport .r-omslag{padding:1rem 0 2rem}
.rapport .r-lint{width:44px;height:90px;background:#154273;margin-bottom:1rem}
.rapport .r-akkoord{font-size:1.1rem;color:#154273;margin:0}
.rapport .r-ondertitel{font-size:1.3rem;margin:.2em 0}
.rapport .r-rondetitel{font-size:1.1rem;font-weight:bold;margin:.2em 0 1em}
.rapport .r-kern{display:grid;grid-template-columns:max-content 1fr;gap:.25em 1.5em;margin:1em 0}
.rapport .r-kern dt{font-weight:bold}
.rapport .r-kern dd{margin:0}
.rapport .r-inhoud ol{columns:2;padding-left:1.4em}
.rapport .r-boven{color:#01689b;font-weight:bold;margin:0 0 .2em;text-transform:none}
.rapport .r-melding{border-left:4px solid #e17000;background:#fdf6ee;padding:.5em .8em;margin:.8em 0}
.rapport .r-callout{display:inline-block;border:2px solid #39870c;padding:.4em .8em;border-radius:4px}
.rapport .r-toelichting{background:#f3f7fb;padding:.2em .9em;border-left:4px solid #01689b;margin:.6em 0}
.rapport .r-vinkjes{list-style:none;padding-left:0}
.rapport .r-vinkjes li{padding-left:1.8em;position:relative;margin:.4em 0}
.rapport .r-vinkjes li::before{content:"✓";position:absolute;left:0;color:#39870c;font-weight:bold;font-size:1.2em}
.rapport .r-tegels{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0;margin:1.2em 0}
.rapport .r-tegels li{border:1px solid #cad6e4;border-top:4px solid #01689b;padding:.6em .9em;min-width:12em;flex:1}
.rapport .r-tegels strong{display:block;font-size:1.6rem;color:#154273}
.rapport .r-tabel{border-collapse:collapse;margin:.8em 0;min-width:50%}
.rapport .r-tabel.r-smal{min-width:24em}
.rapport .r-tabel caption{text-align:left;font-weight:bold;padding:.3em 0;color:#154273}
.rapport .r-tabel th,.rapport .r-tabel td{border-bottom:1px solid #cad6e4;padding:.25em .7em;text-align:left;vertical-align:top}
.rapport .r-tabel thead th{border-bottom:2px solid #154273}
.rapport .r-getal{text-align:right !important;font-variant-numeric:tabular-nums}
.rapport .r-nowrap{white-space:nowrap}
.rapport .r-totaal th,.rapport .r-totaal td{font-weight:bold;border-top:2px solid #154273}
.rapport .am-kadertabel__tabel{width:100%;border-collapse:collapse;margin:.6em 0}
.rapport .am-kadertabel__tabel caption{text-align:left;font-weight:bold;padding:.3em 0;color:#154273}
.rapport .am-kadertabel__tabel th,.rapport .am-kadertabel__tabel td{border-bottom:1px solid #cad6e4;padding:.25em .6em;text-align:left;vertical-align:top}
.rapport .am-kadertabel__tabel thead th{border-bottom:2px solid #154273}
.rapport .am-kadertabel__tabel .utrecht-table__cell--numeric,.rapport .am-kadertabel__tabel .utrecht-table__header-cell--numeric{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.rapport .am-kadertabel__tabel sup{font-size:.7em;margin-left:.2em}
.rapport .am-voetnoten{font-size:.85rem}
.rapport .am-visueel-verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.rapport .am-afwijking__label{font-size:.8em;color:#a90061}
.rapport .r-voetnoten,.rapport .r-opmerkingen{font-size:.85rem}
.rapport .r-klein,.rapport .r-voet{font-size:.85rem;color:#333}
.rapport .r-voet{border-top:1px solid #cad6e4;padding-top:.3em;margin-top:1em}
.rapport .r-grafiek{margin:1em 0}
.rapport .r-svg svg{width:100%;height:auto;display:block}
.rapport .r-alternatief summary{cursor:pointer;color:#01689b;text-decoration:underline}
.rapport .r-twee{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
.rapport .r-drie{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem}
.rapport .r-definities{font-size:.85rem}
.rapport .r-definities dt{font-weight:bold}
.rapport .r-definities dd{margin:0 0 .4em}
.rapport .r-bol{display:inline-block;width:.8em;height:.8em;border-radius:50%;vertical-align:middle}
.rapport .r-op{color:#275937}
.rapport .r-neer{color:#a90061}
.rapport .r-verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.rapport .r-onderdeel{margin-top:1.5em}
.rapport a{color:#01689b}
.rapport--pdf{font-size:12.5px}
.rapport--pdf .r-alleen-scherm{display:none}
.rapport--pdf .r-definities{font-size:.75rem}
.rapport--pdf .r-definities dd{margin:0 0 .15em}
.rapport--pdf .r-nieuwe-pagina{break-before:page}
.rapport--pdf .r-twee>div{font-size:.92em}
.rapport--pdf .r-twee>div h3{margin:.6em 0 .3em}
.rapport--pdf .r-twee>div li{margin:.2em 0}
.rapport--pdf #nza.r-nieuwe-pagina,.rapport--pdf #toegankelijkheid.r-nieuwe-pagina,.rapport--pdf #vergelijking.r-nieuwe-pagina{break-before:auto;margin-top:2.5em}
.rapport--pdf .r-grafiek,.rapport--pdf .r-tabel,.rapport--pdf .r-kader table,.rapport--pdf .am-kadertabel__tabel,.rapport--pdf .r-tegels{break-inside:avoid}
.rapport--pdf h2,.rapport--pdf h3,.rapport--pdf h4{break-after:avoid}
.rapport .r-tekst{margin:.4em 0}
.rapport .r-tekst ul,.rapport .r-tekst ol{padding-left:1.4em;margin:.3em 0}
.rapport .r-tekst li{margin:.15em 0}
.rapport .r-vinkjes-tekst ul{list-style:none;padding-left:0}
.rapport .r-vinkjes-tekst li{padding-left:1.8em;position:relative;margin:.4em 0}
.rapport .r-vinkjes-tekst li::before{content:"✓";position:absolute;left:0;color:#39870c;font-weight:bold;font-size:1.2em}
.rapport .r-grafiek-gepubliceerd{margin:1em 0}
.rapport .r-grafiektitel{display:block;color:#154273;font-weight:bold}
.rapport .r-ontbreekt{border:1px dashed #8fa8c8;background:#f7f9fc;padding:.3em .8em;margin:.3em 0}
.rapport .r-ontbreekt p{margin:.3em 0}
.rapport .r-bron,.rapport .r-noot{color:#333}
.rapport .r-inhoud li a{color:inherit}
.rapport .r-paginanummer{float:right;margin-right:2em;font-variant-numeric:tabular-nums}
.rapport .r-bronnen{font-size:.85rem}
.rapport .am-kadertabel__tabel sup,.rapport sup{line-height:0;vertical-align:super}
.rapport--pdf a{color:inherit;text-decoration:none}
.rapport--pdf .r-grafiek-gepubliceerd,.rapport--pdf .r-tekst li,.rapport--pdf .am-voetnoten li,.rapport--pdf .r-kern{break-inside:avoid}
.rapport--pdf .r-definities dt,.rapport--pdf .r-tekstkop,.rapport--pdf .r-grafiektitel,.rapport--pdf figcaption{break-after:avoid}
.rapport--pdf .r-definities dd{break-before:avoid}
.rapport--pdf .am-kadertabel h3{break-before:auto;break-after:avoid}
.rapport--pdf p,.rapport--pdf li{orphans:3;widows:3}
@media print{.rapport .r-alternatief{display:none}.rapport .r-nieuwe-pagina{break-before:page}}
@media screen{.rapport .am-tabel-scroll{overflow-x:auto;position:relative;max-width:100%}}
@media screen and (max-width:40rem){.rapport h1{font-size:1.5rem}.rapport h1,.rapport h2,.rapport h3{overflow-wrap:anywhere;hyphens:auto}.rapport .r-kern{grid-template-columns:minmax(0,1fr)}.rapport .r-kern dd{margin-bottom:.4em}.rapport .r-inhoud ol{columns:1}.rapport .r-tegels li{min-width:0}.rapport .r-tabel.r-smal{min-width:0}.rapport svg[viewBox]{max-width:100%;height:auto}.rapport{overflow-wrap:break-word}}
`;

