import org.jsoup.Jsoup

// each module's own site holds its own briefings
def a = new File(basedir, 'module-a/target/site')
def b = new File(basedir, 'module-b/target/site')
assert new File(a, 'briefings.html').isFile()
assert new File(b, 'briefings.html').isFile()
assert new File(a, 'briefings/briefings/alpha-harbour-dredging/index.html').isFile()
assert !new File(a, 'briefings/briefings/beta-school-meals').exists()
assert new File(b, 'briefings/briefings/beta-school-meals/index.html').isFile()
assert !new File(b, 'briefings/briefings/alpha-harbour-dredging').exists()

// the parent has no seed folder: no briefings of its own
assert !new File(basedir, 'target/site/briefings.html').exists()
assert !new File(basedir, 'target/site/briefings').exists()

// site:stage gathers them: each module's briefings in its own staged folder
def staging = new File(basedir, 'target/staging')
assert new File(staging, 'index.html').isFile() : 'the parent site is not staged'
def stagedA = new File(staging, 'module-a')
def stagedB = new File(staging, 'module-b')
def pageA = Jsoup.parse(new File(stagedA, 'briefings.html'), 'UTF-8')
assert pageA.select('h2 a')*.text() == ['Alpha ferry timetable', 'Alpha harbour dredging']
def pageB = Jsoup.parse(new File(stagedB, 'briefings.html'), 'UTF-8')
assert pageB.select('h2 a')*.text() == ['Beta school meals']
for (def staged : [stagedA, stagedB]) {
    def page = Jsoup.parse(new File(staged, 'briefings.html'), 'UTF-8')
    page.select('h2 a').each { link ->
        assert new File(staged, link.attr('href')).isFile() : "${staged.name}: ${link.attr('href')} is not staged"
    }
    def index = Jsoup.parse(new File(staged, 'briefings/index.html'), 'UTF-8')
    assert index.select('a.parent-site').attr('href') == '../index.html'
    assert new File(staged, 'index.html').isFile() : "${staged.name}: the module's home page the briefings link back to"
    assert new File(staged, 'project-reports.html').text.contains('briefings.html')
}
assert new File(stagedA, 'briefings/index.html').text.contains('Alpha ferry timetable')
assert !new File(stagedA, 'briefings/index.html').text.contains('Beta school meals')
assert new File(stagedB, 'briefings/index.html').text.contains('Beta school meals')
true
