import io.github.briefwright.core.check.LinkChecker
import io.github.briefwright.testing.SiteAssertions
import org.jsoup.Jsoup

def site = new File(basedir, 'target/site')

// the project's own home page is maven-site-plugin's, in its skin
def home = new File(site, 'index.html')
assert home.isFile()
assert home.text.contains("This is the project's own home page")
assert !home.text.contains('briefings/briefings/')

// the report page: a page of the Maven site (its skin: the menu, the site's stylesheet) listing the briefings
def report = new File(site, 'briefings.html')
assert report.isFile() : 'no briefings.html report page'
def page = Jsoup.parse(report, 'UTF-8')
assert page.select('link[href*=css/]').size() > 0 : 'the report page is not in the project skin'
assert page.text().contains('Project Reports') : 'the site menu is missing from the report page'
def titles = page.select('h2 a')*.text()
assert titles == ['Grid storage after the winter', 'Coastal defences review', 'Reservoir levels in the dry year'] : titles
def body = page.text()
assert body.contains('2024-02-03 · By Bo Chen, Cy Dee')
assert body.contains('Battery storage carried the grid through the coldest week.')
assert body.contains('2018-08-14 · By Ann Lee')
assert body.contains('Five towns have sea walls with structural cracking.')
assert page.select('time')*.attr('datetime') == ['2024-02-03', '2021-06-30', '2018-08-14']
page.select('h2 a').each { a ->
    assert new File(site, a.attr('href')).isFile() : "report links to a missing page ${a.attr('href')}"
}
assert page.select('a[href=briefings/index.html]').size() == 1

// Project Reports lists it
def reports = new File(site, 'project-reports.html')
assert reports.isFile()
def reportsPage = Jsoup.parse(reports, 'UTF-8')
assert reportsPage.select('a[href=briefings.html]').any { it.text() == 'Briefings' } : 'project-reports.html does not list Briefings'

// the full briefing site, under briefings/, linking back to the project's site
def briefings = new File(site, 'briefings')
def checks = new SiteAssertions(briefings.toPath())
checks.assertIndexLinksTo('grid-storage-after-the-winter', 'coastal-defences-review', 'reservoir-levels-in-the-dry-year')
def index = Jsoup.parse(new File(briefings, 'index.html'), 'UTF-8')
assert index.select('a.parent-site').attr('href') == '../index.html'
assert index.select('a.parent-site').text().contains('IT Site Report')
def briefing = Jsoup.parse(new File(briefings, 'briefings/coastal-defences-review/index.html'), 'UTF-8')
assert briefing.select('a.parent-site').attr('href') == '../../../index.html'
checks.assertLinksResolve(['../index.html', '../../index.html', '../../../index.html'] as Set)
def checked = LinkChecker.check(briefings.toPath())
assert checked.ok() : checked.broken()

// the briefing site's manifest is its own; the Maven site's files are not in it
assert !new File(site, '.briefwright-manifest').exists()
assert new File(briefings, '.briefwright-manifest').readLines().contains('index.html')

def log = new File(basedir, 'build.log').text
assert log.contains('Briefing site: 3 briefings')
true
