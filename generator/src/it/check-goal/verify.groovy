def log = new File(basedir, 'build.log').text
assert log.contains('4 broken links in')
assert log.contains('index.html: assets/missing.css (no such file)')
assert log.contains('index.html: briefings/a/index.html#s-nowhere (no element with id s-nowhere)')
assert log.contains('index.html: briefings/b/index.html (no such file)')
assert log.contains('index.html: briefings/a/ (a folder: name its index.html')
assert log.contains('external: https://example.org/elsewhere')
assert !log.contains('#s-here (')
true
