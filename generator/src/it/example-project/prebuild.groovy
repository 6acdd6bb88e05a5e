// The seeds were saved long before the build, as a user's are: a seed saved within two seconds before a build
// started is not trusted on its time, and the second run would go the usual way.
def old = System.currentTimeMillis() - 3_600_000L
new File(basedir, 'src/main/seeds').eachFileRecurse { it.setLastModified(old) }
true
