import io.github.briefwright.testing.SiteAssertions

def site = new File(basedir, 'target/site')
def checks = new SiteAssertions(site.toPath())
checks.assertBriefingPage('ministry-report-extract', 'Councils should report the condition of every asset')
checks.assertIndexLinksTo('ministry-report-extract')

// maven-site-plugin's own pages are still there after both runs
def about = new File(site, 'about.html')
assert about.isFile() : 'maven-site-plugin page about.html was lost'
assert about.text.contains('must survive next to the briefing site')
assert new File(site, 'project-info.html').isFile() : 'maven-site-plugin report project-info.html was lost'

// the home page is Briefwright's
assert new File(site, 'index.html').text.contains('briefings/ministry-report-extract/index.html')

// the manifest lists only Briefwright's files
def manifest = new File(site, '.briefwright-manifest').readLines()
assert manifest.contains('index.html')
assert !manifest.contains('about.html')

def log = new File(basedir, 'build.log').text
assert log.contains('maven-site-plugin')
assert log.contains('Briefing site: 1 briefings')
true
