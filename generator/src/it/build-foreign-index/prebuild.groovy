// A Maven site, from an earlier `mvn site`: its home page is not Briefwright's.
def site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, 'index.html').text = '<!DOCTYPE html><title>IT Build Foreign Index</title><p>the Maven site home page</p>'
new File(site, 'project-info.html').text = '<!DOCTYPE html><title>Project information</title>'
true
