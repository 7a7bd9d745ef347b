// Runs in every spec file: close that file's browser when its tests are done.
import { closeBrowser } from './browser'

afterAll(closeBrowser)
