import"./model-CTTJ4v6n.js";import"./index-DvBxY2DV.js";import{t as e}from"./Presenter-fgX0OH2Z.js";var t=`tangle-story-page`,n=`tangle-story`;function r(e){return e.replace(/<\/(script)/gi,`<\\/$1`).replace(/<!-{2}/g,`<\\!--`)}var i=`__________cytoscape_stylesheet`,a=`.__________cytoscape_container { position: relative; }`;function o(e){return`${a}\n${e}`.replace(/<\/(style)/gi,`<\\/$1`)}function s(e){return JSON.stringify(e).replace(/</g,`\\u003c`)}var c=e=>e.replace(/&/g,`&amp;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`).replace(/"/g,`&quot;`);function l(e,t){return`default-src 'none'; script-src 'sha256-${e}'; style-src 'sha256-${t}'; img-src data:; base-uri 'none'; form-action 'none'`}function u(e){return`<!doctype html>
<html lang="${c(e.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${l(e.scriptHash,e.styleHash)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Tangle">
<title>${c(e.title)}</title>
<style id="${i}">${e.style}</style>
</head>
<body>
<div id="root"></div>
<noscript>This story needs JavaScript to draw the network.</noscript>
<script type="application/json" id="${n}">${s(e.data)}<\/script>
<script>${e.script}<\/script>
</body>
</html>
`}var d=`./standalone/presenter.js`,f=`./standalone/presenter.css`;async function p(e){let t=await fetch(e);if(!t.ok)throw Error(`${e}: ${t.status}`);return t.text()}async function m(e){let t=await crypto.subtle.digest(`SHA-256`,new TextEncoder().encode(e)),n=``;for(let e of new Uint8Array(t))n+=String.fromCharCode(e);return btoa(n)}var h=class extends Error{};async function g({dataset:n,story:i,scope:a,hideUnconfirmed:s,projector:c}){if(!globalThis.crypto?.subtle)throw new h(`This page is not served over https, so it cannot sign the story page.`);let[l,g]=await Promise.all([p(d),p(f)]),_=r(l),v=o(g),[y,b]=await Promise.all([m(_),m(v)]);return u({script:_,style:v,scriptHash:y,styleHash:b,title:`${i.title} · ${n.title}`,lang:n.language??`en`,data:{format:t,version:1,storyId:i.id,hideUnconfirmed:s,projector:c,dataset:e(n,i,a)}})}export{h as NotSecureError,d as PRESENTER_SCRIPT,f as PRESENTER_STYLE,g as storyPageFile};