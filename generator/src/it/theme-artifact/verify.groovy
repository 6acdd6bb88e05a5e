import io.github.briefwright.testing.SiteAssertions

def site = new File(basedir, 'target/site')
// the theme's template replaces the default home page
assert new File(site, 'index.html').text.contains('the theme&#39;s home page') || new File(site, 'index.html').text.contains("the theme's home page")
// the theme's own asset is published; the user's style.css wins over the theme's
assert new File(site, 'assets/theme.css').text.contains('.from-theme')
assert new File(site, 'assets/style.css').text.contains('color: navy')
// what neither overrides comes from the default theme
def checks = new SiteAssertions(site.toPath())
checks.assertBriefingPage('ministry-report-extract', 'a national inspection standard')
assert new File(site, 'briefings/ministry-report-extract/index.html').text.contains('At a glance')
checks.assertLinksResolve()
true
