import io.github.briefwright.testing.SiteAssertions

def site = new File(basedir, 'target/site').toPath()
def checks = new SiteAssertions(site)
checks.assertBriefingPage('us-iraq-ties-after-soleimani',
        'the severing of ties between the United States and Iraq')
checks.assertBriefingPage('grid-storage-memo', 'It is the interconnection queue.')
checks.assertIndexLinksTo('us-iraq-ties-after-soleimani', 'grid-storage-memo')
checks.assertLinksResolve()
def log = new File(basedir, 'build.log').text
assert log.contains('Briefing site: 2 briefings')
true
