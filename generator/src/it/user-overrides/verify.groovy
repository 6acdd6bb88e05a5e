import io.github.briefwright.testing.SiteAssertions

def site = new File(basedir, 'target/site')
def page = new File(site, 'briefings/grid-storage-memo/index.html').text
// the user's briefing template replaces the default one, file by file
assert page.contains('class="my-briefing"')
assert page.contains('Written by Ines Alvarado &amp; Tomasz Wierzbicki')
assert !page.contains('At a glance')
// the rest of the theme is the default
assert new File(site, 'index.html').text.contains('class="briefing-list"')
// the user's assets replace or add to the default ones
assert new File(site, 'assets/style.css').text.contains('Georgia')
assert new File(site, 'assets/logo.svg').isFile()
assert new File(site, 'assets/search.js').isFile()
new SiteAssertions(site.toPath()).assertLinksResolve()
true
