#!/usr/bin/env node
import '../dist/cli/ingest-url.js';
