#!/usr/bin/env node
import '../dist/cli/follow.js';
