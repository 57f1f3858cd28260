#!/usr/bin/env node
import('../lib/ssr/cli.js').then((cli) => cli.run());
