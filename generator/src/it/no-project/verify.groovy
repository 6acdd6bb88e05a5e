import io.github.briefwright.testing.SiteAssertions

def out = new File(basedir, 'out')
assert out.isDirectory() : 'the site was not written to the folder given by briefwright.outputDirectory'
def checks = new SiteAssertions(out.toPath())
checks.assertBriefingPage('ministry-report-extract', 'a national inspection standard')
checks.assertBriefingPage('field-notes-water-rights', 'Two associations have started metering their canals.')
checks.assertIndexLinksTo('ministry-report-extract', 'field-notes-water-rights')
checks.assertLinksResolve()
assert !new File(basedir, 'target').exists() : 'nothing but the output folder should be written'
def index = new File(out, 'index.html').text
assert !index.contains('Maven Stub Project') : 'the stand-alone project name leaked into the site title'
true
