def log = new File(basedir, 'build.log').text
assert log =~ /Serving the briefing site at http:\/\/127\.0\.0\.1:\d+\//
assert log.contains('Stopped serving.')
assert new File(basedir, 'out/briefings/ministry-report-extract/index.html').isFile()
true
