import io.github.briefwright.testing.SiteAssertions

def site = new File(basedir, 'target/site')
def briefings = new File(site, 'briefings')
def checks = new SiteAssertions(briefings.toPath())
checks.assertBriefingPage('ministry-report-extract', 'Councils should report the condition of every asset')
checks.assertIndexLinksTo('ministry-report-extract')

// maven-site-plugin's own pages are still there after both runs
def about = new File(site, 'about.html')
assert about.isFile() : 'maven-site-plugin page about.html was lost'
assert about.text.contains('must survive next to the briefing site')
assert new File(site, 'project-info.html').isFile() : 'maven-site-plugin report project-info.html was lost'

// the home page is maven-site-plugin's, not Briefwright's
def home = new File(site, 'index.html')
assert home.isFile()
assert !home.text.contains('briefings/ministry-report-extract/index.html')
assert !home.text.contains('Briefwright')

// the manifest, in the briefing site's own folder, lists only Briefwright's files
assert !new File(site, '.briefwright-manifest').exists()
def manifest = new File(briefings, '.briefwright-manifest').readLines()
assert manifest.contains('index.html')
assert !manifest.contains('about.html')

def log = new File(basedir, 'build.log').text
assert log.contains('maven-site-plugin')
assert log.contains('Briefing site: 1 briefings')
true
