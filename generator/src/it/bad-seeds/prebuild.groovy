// A site from an earlier, successful build (its manifest lists the home page as Briefwright's).
def site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, 'index.html').text = '<!DOCTYPE html><title>previous</title><p>previous site</p>'
new File(site, '.briefwright-manifest').text = 'index.html\n'
true
