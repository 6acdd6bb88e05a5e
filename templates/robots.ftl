User-agent: *
Allow: /
<#if site.baseUrl??>
Sitemap: ${site.baseUrl}sitemap.xml
</#if>
