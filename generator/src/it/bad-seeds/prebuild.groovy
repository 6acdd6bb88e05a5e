// A site from an earlier, successful build.
def site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, 'index.html').text = '<!DOCTYPE html><title>previous</title><p>previous site</p>'
true
