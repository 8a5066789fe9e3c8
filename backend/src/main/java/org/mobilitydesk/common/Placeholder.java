package org.mobilitydesk.common;
class Placeholder {}
