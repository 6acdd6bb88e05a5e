import io.github.briefwright.core.write.SiteWriter

def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').text

// the exact message, saying what to do
def message = SiteWriter.foreignHome(site.toPath().toAbsolutePath().normalize())
assert log.contains(message) : "expected the message:\n${message}"
assert message.contains('use the report instead')
assert message.contains('set briefwright.outputDirectory to a folder of its own')
assert message.contains('or remove ' + new File(site, 'index.html').toPath().toAbsolutePath().normalize())

// nothing was written: the home page and the rest are as they were
assert new File(site, 'index.html').text == '<!DOCTYPE html><title>IT Build Foreign Index</title><p>the Maven site home page</p>'
assert new File(site, 'project-info.html').isFile()
assert !new File(site, 'briefings').exists()
assert !new File(site, '.briefwright-manifest').exists()
assert !new File(basedir, 'target/.site.briefwright-staging').exists()
true
