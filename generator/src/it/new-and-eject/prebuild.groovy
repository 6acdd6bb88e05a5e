// the user has already edited the stylesheet: eject must keep it
def css = new File(basedir, 'templates/assets/style.css')
css.parentFile.mkdirs()
css.text = '/* mine */'
true
