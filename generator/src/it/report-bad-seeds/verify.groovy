def log = new File(basedir, 'build.log').text

// every bad seed is listed, each as file:line: message, as briefwright:build lists them
assert log =~ /3 seeds in .*src.main.seeds cannot be used; nothing was written/
assert log.contains('latin1-paste.txt:2: is not valid UTF-8')
assert log =~ /notes\/broken-front-matter\.md:\d+: malformed front matter: while parsing a flow sequence started on line 3/
assert log.contains("bad-date.md:3: date '7 January 2020' is not an ISO 8601 date")

// no briefing site (maven-site-plugin may have opened the report page before the report failed)
def site = new File(basedir, 'target/site')
assert !new File(site, 'briefings').exists()
assert !new File(site, 'briefings.html').exists() || !new File(site, 'briefings.html').text.contains('briefings/briefings/')
assert !new File(basedir, 'target/site/.briefings.briefwright-staging').exists()
true
