def seed = new File(basedir, 'seeds/iraq-s-vote-explained.md')
if (!seed.isFile()) {
    seed = new File(basedir, 'seeds').listFiles().find { it.name.endsWith('.md') }
}
assert seed != null && seed.isFile() : 'briefwright:new wrote no seed'
def text = seed.text
assert text.startsWith('---\n')
assert text.contains("title: Iraq's vote, explained") || text.contains('title: "Iraq\'s vote, explained"')
assert text.contains('draft: true')

def templates = new File(basedir, 'templates')
assert new File(templates, 'briefing.ftlh').isFile()
assert new File(templates, 'layout.ftlh').isFile() : 'the second eject copies the whole theme'
assert new File(templates, 'assets/search.js').isFile()
assert new File(templates, 'assets/style.css').text == '/* mine */' : 'an existing file is kept'
assert new File(basedir, 'build.log').text.contains('add -Dbriefwright.force')
true
