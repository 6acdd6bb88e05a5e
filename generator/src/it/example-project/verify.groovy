import io.github.briefwright.testing.SiteAssertions

def site = new File(basedir, 'target/site').toPath()
def checks = new SiteAssertions(site)
checks.assertBriefingPage('us-iraq-ties-after-soleimani',
        'the severing of ties between the United States and Iraq')
checks.assertBriefingPage('grid-storage-memo', 'It is the interconnection queue.')
checks.assertIndexLinksTo('us-iraq-ties-after-soleimani', 'grid-storage-memo')
checks.assertLinksResolve()

// the plugin configuration reaches the core: a user noise pattern removes a line, a turned-off rule removes nothing
def note = checks.assertBriefingPage('intranet-note', 'approved four of the six proposals')
assert note.at('/removed/0/reason').asText() == 'custom'
assert note.at('/removed/0/text').asText().startsWith('Printed from the intranet')
assert note.get('sections').toString().contains('"Advertisement"')
def log = new File(basedir, 'build.log').text
assert log.contains('Briefing site: 3 briefings')
// the cache of analysed seeds is in the build folder, and the summary counts what came from it
assert log =~ /seeds \d+ analysed, 0 from cache/
def cache = new File(basedir, 'target/briefwright-cache')
assert cache.listFiles().any { it.name.endsWith('.bwc') } : 'the analysed seeds are cached'
// the second run found every input as the first left it: nothing read, nothing written
assert log.contains('Nothing changed since the last build')
assert log =~ /Briefing site: 3 briefings, \d+ entities, \d+ files \(0 written\)/
true
