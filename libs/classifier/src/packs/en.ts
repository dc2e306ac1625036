import type { LanguagePack } from './pack.types.js';

/**
 * English rule pack. General lexicons and phrase patterns of customer talk (defects, waiting,
 * no response, demands, leaving, thanks, compliments); see pack.types.ts for the pattern syntax.
 * Bump `version` whenever a rule changes what a text is classified as.
 */
export const EN_PACK: LanguagePack = {
  lang: 'en',
  version: 'en-1.11.0',
  stopwords: [
    'the', 'and', 'you', 'your', 'is', 'are', 'was', 'were', 'to', 'of', 'in', 'it', 'its', 'for', 'on', 'with', 'this', 'that', 'my', 'me',
    'have', 'has', 'had', 'be', 'been', 'not', 'but', 'at', 'from', 'they', 'we', 'our', 'will', 'would', 'can', 'could', 'just', 'do',
    'does', 'did', 'dont', 'doesnt', 'didnt', 'cant', 'im', 'ive', 'what', 'when', 'where', 'why', 'how', 'who', 'which', 'there', 'their',
    'an', 'a', 'or', 'if', 'so', 'all', 'get', 'got', 'out', 'about', 'any', 'again', 'still', 'yet', 'please', 'thanks', 'thank', 'than',
    'then', 'some', 'by', 'no', 'very', 'really', 'never', 'after', 'been', 'because', 'should', 'shop', 'order', 'today', 'here', 'know',
    'see', 'photo', 'am', 'i', 'she', 'he', 'him', 'her', 'them', 'us', 'these', 'those', 'one', 'time', 'ever', 'into', 'over', 'only', 'now', 'way', 'great',
  ],
  trigrams: ['the', 'ing', 'and', 'you', 'tha', 'hat', 'ion', 'wit', 'ith', 'thi', 'his', 'ver', 'for', 'our', 'was', 'ght', 'ly ', 'ent', 'ea', 'ou'],
  negators: ['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'cannot', 'couldnt', 'wont', 'wouldnt', 'havent', 'hasnt', 'hadnt', 'shouldnt', 'aint', 'nt', 'barely', 'less'],
  postNegators: [],
  intensifiers: ['very', 'really', 'so', 'extremely', 'super', 'totally', 'absolutely', 'completely', 'utterly', 'incredibly', 'truly', 'seriously', 'such', 'too', 'most', 'highly', 'deeply', 'terribly', 'bloody', 'damn', 'fucking', 'freaking', 'ridiculously', 'insanely', 'beyond', 'sooo', 'soo', 'way', 'genuinely', 'honestly', 'just'],
  downtoners: ['bit', 'slightly', 'somewhat', 'kinda', 'little', 'fairly', 'rather', 'mostly', 'almost', 'pretty'],
  contrast: ['but', 'however', 'although', 'though', 'except', 'unfortunately', 'sadly'],
  openers: ['hi', 'hey', 'hello', 'dear', 'yo', 'ok', 'okay', 'so', 'well', 'also', 'btw', 'um', 'uh', 'and', 'but', 'oh', 'please', 'pls', 'plz', 'sir', 'madam', 'team', 'guys', 'folks', 'sorry', 'quick', 'question', 'hiya', 'morning', 'evening', 'afternoon', 'good', 'lol', 'wait', 'now', 'just', 'serious', 'honest', 'ps', 'then', 'anyway', 'real', 'genuine'],
  questionWords: ['what', 'whats', 'when', 'whens', 'where', 'wheres', 'why', 'whys', 'how', 'hows', 'who', 'whos', 'whom', 'whose', 'which', 'wat', 'wut', 'wen', 'y'],
  questionVerbs: ['do', 'does', 'did', 'can', 'could', 'would', 'will', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'should', 'shall', 'may', 'might', 'must', 'am', 'isnt', 'arent', 'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'havent', 'hasnt', 'shouldnt', 'wasnt', 'any', 'r', 'ru', 'cn'],
  subjects: ['i', 'you', 'u', 'we', 'they', 'he', 'she', 'it', 'there', 'this', 'that', 'these', 'those', 'anyone', 'anybody', 'someone', 'somebody', 'the', 'your', 'ur', 'my', 'yall', 'ya', 'one', 'any', 'chance', 'he', 'his', 'her', 'our', 'their', 'a', 'an', 'everyone', 'jo', 'mr', 'ms', 'me', 'us', 'them', 'ye', 'yourself', 'y', 'its'],
  resolvers: ['resolved', 'solved', 'fixed', 'sorted', 'restored', 'repaired', 'ended', 'lifted', 'cleared'],
  pronouns: ['i', 'you', 'u', 'ya', 'ye', 'yall', 'we', 'they', 'he', 'she', 'it', 'there', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'one'],
  rhetorical: ['why', 'whys', 'y'],
  sarcasmMarkers: ['#not', 'yeah right', 'oh great', 'oh wonderful', 'oh joy', 'just great', 'just perfect', 'just what i needed', 'sure jan', 'said no one', '/s'],
  expectations: ['work', 'works', 'working', 'worked', 'receiv*', 'arriv*', 'ship', 'shipped', 'deliver*', 'respond*', 'repl*', 'answer*', 'load', 'loading', 'open', 'opening', 'allow*', 'let', 'help', 'helped', 'helping', 'fix', 'fixed', 'show', 'showing', 'showed', 'connect*', 'refund*', 'accept*', 'get', 'got', 'gotten', 'come', 'came', 'start', 'starting', 'print', 'printing', 'sync*', 'charge', 'charging', 'turn', 'log', 'login', 'access', 'hear', 'heard', 'call', 'called', 'contact*', 'update', 'updated', 'solve', 'solved', 'resolve', 'resolved', 'pick', 'picked', 'return', 'returned', 'honor*', 'honour*', 'send', 'sent', 'find', 'found', 'reach', 'reached', 'use', 'play', 'playing', 'run', 'running'],
  serviceRequests: ['appointment*', 'slot', 'slots', 'quote', 'quotes', 'estimate', 'book', 'booking', 'come', 'send', 'visit', 'available', 'availability', 'callout'],
  irrealis: ['hope', 'hoping', 'hopefully', 'wish', 'wishing'],
  expectationWeight: 1.2,
  negationAfter: false,
  rules: [
    // ---------------------------------------------------------------- questions
    {
      id: 'en.question.indirect',
      supports: 'question',
      weight: 1.4,
      negated: 'keep',
      patterns: [
        'i was wondering', 'was wondering', 'wondering if', 'wondering whether', 'wondering why', 'wondering when', 'wondering how', 'wondering what', 'i wonder if', 'i wonder whether',
        'can you tell me', 'could you tell me', 'can u tell me', 'would you tell me', 'tell me how', 'tell me when', 'want to know', 'wanna know', 'tell me where', 'tell me why', 'tell me what', 'tell me if',
        'do you know', 'does anyone know', 'anyone know', 'anybody know', 'does anybody know', 'any idea', 'any ideas', 'any chance', 'any news', 'any info',
        'let me know', 'please advise', 'pls advise', 'can you advise', 'could you advise', 'i would like to know', 'id like to know', 'i want to know', 'i need to know', 'like to know',
        'is it possible', 'would it be possible', 'quick question', 'i have a question', 'a question about', 'question for you', 'curious if', 'curious whether', 'curious to know',
        'can you confirm', 'could you confirm', 'please confirm', 'can someone explain', 'can you explain', 'could you explain', 'please explain', 'how do i', 'how can i', 'how do you',
        'what do you think', 'what do u think', 'what do you guys think', 'what do you all think', 'what are your thoughts',
        'what time do', 'what are your opening', 'whats the best way', 'is there any way', 'is there a way', 'do you guys', 'do you ever', 'have you ever', 'would you ever', 'will you ever',
      ],
    },
    {
      // an imperative "tell me/us" with an object asks for information ("Tell me more about the spelt loaf",
      // "please tell us your opening hours"); the idiom "tell me about it" agrees instead (en.other.tell-me-about-it)
      id: 'en.question.tell-me',
      supports: 'question',
      weight: 1.4,
      negated: 'keep',
      atStart: true,
      patterns: ['tell me a', 'tell me the', 'tell me your', 'tell me some', 'tell me more', 'tell me about', 'tell me which', 'tell us a', 'tell us the', 'tell us your', 'tell us some', 'tell us more', 'tell us about', 'tell us which'],
    },
    { id: 'en.other.tell-me-about-it', supports: 'other', weight: 0, negated: 'keep', patterns: ['tell me about it', 'dont tell me'] },
    {
      // a negative question tag at the end of a statement asks for confirmation, "?" or not: "You deliver to
      // Leeds, don't you", "The pool reopens in June, isn't it"; a declarative puts the pronoun first ("we can't")
      id: 'en.question.tag',
      supports: 'question',
      weight: 1.0,
      negated: 'keep',
      atEnd: true,
      patterns: [
        'arent you', 'arent we', 'arent they', 'arent i', 'isnt it', 'isnt he', 'isnt she', 'isnt that', 'isnt there', 'dont you', 'dont we', 'dont they', 'doesnt it', 'doesnt he', 'doesnt she',
        'didnt you', 'didnt we', 'didnt they', 'didnt it', 'didnt he', 'didnt she', 'wont you', 'wont we', 'wont they', 'wont it', 'cant you', 'cant we', 'cant they', 'wasnt it', 'wasnt he', 'wasnt she', 'wasnt that',
        'werent you', 'werent we', 'werent they', 'havent you', 'havent we', 'havent they', 'hasnt it', 'hasnt he', 'hasnt she', 'shouldnt we', 'shouldnt i', 'wouldnt it', 'wouldnt you', 'couldnt you', 'couldnt we', 'innit',
      ],
    },
    {
      // musing rather than asking ("I wonder what …", "always been curious about this"): a question
      // only together with a "?" or question syntax
      id: 'en.question.musing',
      supports: 'question',
      weight: 0.9,
      negated: 'keep',
      patterns: ['i wonder', 'just wondering', 'curious about', 'tell me'],
    },
    {
      // a wh-word with an infinitive opens a (headline-style) question: "How to book a class", "What to do if …"
      id: 'en.question.wh-infinitive',
      supports: 'question',
      weight: 1.0,
      negated: 'keep',
      atStart: true,
      patterns: ['how to', 'what to', 'where to', 'when to', 'which to', 'who to', 'whom to'],
    },
    {
      // a contracted wh-word already carries its auxiliary: "whats your …", "wheres the …"
      id: 'en.question.wh-contracted',
      supports: 'question',
      weight: 1.0,
      negated: 'keep',
      atStart: true,
      patterns: ['whats your', 'whats the', 'whats a', 'whats this', 'whats that', 'whos your', 'whos the', 'wheres the', 'wheres my', 'wheres your', 'hows the', 'hows your', 'hows my', 'whens the', 'whens your'],
    },
    {
      // do-support and modals inverted before a determiner-led subject ask even without "?": "Does the gym have
      // showers", "Will the pool be open on Monday". Only these auxiliaries: "Is the best bakery" and "Are the best"
      // drop a subject, "Do the right thing" is an imperative, "May the …" a wish, so they stay out.
      id: 'en.question.noun-inversion',
      supports: 'question',
      weight: 1.0,
      negated: 'keep',
      atStart: true,
      patterns: [
        'does the', 'does your', 'does this', 'does that', 'does any', 'did the', 'did your', 'did any',
        'can the', 'can your', 'can any', 'could the', 'could your', 'could any', 'will the', 'will your', 'will any', 'will there', 'would the', 'would your', 'would any', 'should the',
        'has the ... been', 'has your ... been', 'have the ... been', 'have your ... been',
      ],
    },
    {
      // the same inversion after "so", "nor", "neither" repeats a statement ("So did the whole street"): no question
      id: 'en.other.so-inversion',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      patterns: ['so did the', 'so does the', 'so can the', 'so will the', 'so would the', 'nor did the', 'nor does the', 'nor can the', 'neither did the', 'neither does the', 'neither can the'],
    },
    {
      // a request for a social-media gesture asks for the act, not for an answer: "Can you follow us back?",
      // "RT and help us reach 500 signatures?", "and tag me?"
      id: 'en.other.gesture-request',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      notQuestion: true,
      patterns: [
        'follow me', 'follow us', 'follow back', 'follow me back', 'follow us back', 'followback', 'tag me', 'tag us', 'please rt', 'pls rt', 'plz rt', 'rt this', 'rt and', 'rt pls', 'rt please',
        'retweet this', 'retweet it', 'retweet my', 'retweet our', 'please retweet', 'pls retweet', 'say hi', 'say hello', 'give us a shout out', 'give me a shout out', 'give us a shoutout', 'give me a shoutout',
        'wish me luck', 'wish us luck', 'wish me happy', 'wish me a happy', 'notice me',
      ],
    },
    {
      // the writer answers their own question at once (hypophora, the self-interview of reviews): "Would I come
      // back? Absolutely!", "Think it could be handled better? He would have." The answer must fill the first clause
      // of the next sentence ("No reply yet" or "Yes or no?" are no answers).
      id: 'en.other.self-answer',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      answersQuestion: true,
      patterns: [
        'yes', 'yeah', 'yep', 'yup', 'absolutely', 'definitely', 'certainly', 'totally', 'of course', 'indeed', 'sure', 'you bet', 'hell yes', 'no', 'nope', 'nah', 'never', 'not really', 'not at all',
        'absolutely not', 'of course not', 'definitely not', 'certainly not', 'hell no', 'probably not',
        // not "I would": after "Would you …?" the writer states their own stance and still asks
        'he would have', 'she would have', 'they would have', 'he would', 'she would', 'they would', 'he did', 'she did', 'they did', 'it was', 'it is', 'it does', 'it did',
      ],
    },
    {
      // rhetorical formulas: the writer knows the answer or wants none ("Guess what?", "Who knew?", "Did I mention …?")
      id: 'en.other.rhetorical-formula',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      notQuestion: true,
      patterns: ['did i mention', 'have i mentioned', 'guess what', 'who knew', 'who cares', 'who would have thought', 'who wouldve thought', 'who would have guessed', 'what could possibly go wrong', 'what could go wrong', 'what else is new', 'need i say more'],
    },
    // ---------------------------------------------------------------- complaints
    {
      id: 'en.complaint.defect',
      supports: 'complaint',
      weight: 1.3,
      negated: 'keep',
      resolvable: true,
      patterns: [
        'doesnt work', 'dont work', 'didnt work', 'not working', 'isnt working', 'wasnt working', 'arent working', 'stopped working', 'wont work', 'never works', 'not work', 'doesnt even work',
        'wont load', 'wont open', 'wont start', 'wont let me', 'doesnt let me', 'cant log*', 'cant sign', 'cant access', 'cant get', 'cant connect', 'cant even', 'cant use', 'cant find', 'cant make', 'cant order', 'cant pay', 'cant reach', 'cant see', 'unable to', 'not able to', 'impossible to',
        'keeps *ing', 'keeps on *ing', 'kept *ing', 'keep getting', 'keep having', 'it was working', 'was working fine', 'used to work', 'does nothing', 'nothing happens', 'doesnt do anything', 'still happening', 'still down',
        'gone off', 'went off', 'went out', 'gone down', 'went down', 'is down', 'are down', 'no service', 'no power', 'no signal', 'no internet', 'no wifi', 'no water', 'no hot water', 'no heating', 'no electricity', 'no connection', 'offline',
        'cuts off', 'cut off', 'cuts you off', 'kicks me', 'kicked me', 'kicks me off', 'logs me out', 'logging me out', 'logged me out', 'lag', 'lags', 'lagging', 'suspended', 'banned', 'locked out', 'locked my account', 'blocked my account', 'smashed', 'crushed', 'dented', 'torn', 'ripped', 'cracked', 'leaking', 'leaks',
        'broken', 'broke', 'breaks', 'crash*', 'error*', 'faulty', 'defect*', 'damaged', 'malfunction*', 'glitch*', 'bug', 'bugs', 'buggy', 'outage*', 'failed', 'fails', 'failing', 'failure*', 'missing',
        'wrong', 'incorrect', 'leak*', 'ripped', 'torn', 'cracked', 'scratched', 'disconnect*', 'keeps crashing', 'keeps dropping', 'keeps freezing', 'froze', 'frozen', 'lag', 'laggy', 'lagging',
        'no signal', 'no service', 'no internet', 'no power', 'no wifi', 'no connection', 'no water', 'no heating', 'no hot water', 'is down', 'are down', 'still down', 'down again', 'went down', 'goes down',
        'not charging', 'not loading', 'not showing', 'not responding', 'not updating', 'not arriving', 'didnt arrive', 'hasnt arrived', 'havent arrived', 'not arrived', 'never arrived', 'never came', 'never showed',
        'not received', 'never received', 'havent received', 'hasnt received', 'didnt receive', 'didnt get', 'never got', 'havent got', 'havent gotten', 'not delivered', 'never delivered', 'wasnt delivered', 'lost my', 'lost our', 'lost package', 'lost parcel', 'lost order',
        'cancelled my', 'canceled my', 'charged me', 'charged twice', 'double charged', 'overcharg*', 'still charging', 'keep charging', 'keeps charging', 'stuck', 'declined', 'locked out', 'cut off', 'shut off', 'dropped',
        'out of stock', 'sold out', 'no sound', 'no audio', 'power is out', 'power out', 'power went out', 'stops working', 'stopped responding', 'keeps logging', 'logged me out', 'logging me out', 'keeps asking', 'keeps saying', 'no longer', 'recall', 'recalls', 'recalled', 'delayed', 'cancelled', 'canceled', 'lost my luggage', 'lost luggage', 'lost bag', 'refused', 'denied', 'rejected', 'on hold', 'wrong size', 'wrong item', 'wrong order',
      ],
    },
    {
      id: 'en.complaint.problem',
      supports: 'complaint',
      weight: 0.9,
      resolvable: true,
      patterns: ['issue', 'issues', 'problem', 'problems', 'trouble', 'troubles', 'fault', 'faults', 'mistake*', 'fix', 'fixing', 'inconvenien*', 'hassle', 'mess', 'messed', 'screwed', 'screw up', 'screwup', 'mixup', 'mix up', 'lost', 'delay*', 'late', 'later than', 'overdue', 'cancelled', 'canceled', 'cancellation*', 'stranded', 'stolen', 'bill', 'charged', 'charge', 'fee', 'fees'],
    },
    {
      id: 'en.complaint.waiting',
      supports: 'complaint',
      weight: 1.3,
      negated: 'keep',
      patterns: [
        'still waiting', 'still not', 'still no', 'still havent', 'still hasnt', 'still dont', 'still doesnt', 'still didnt', 'still cant', 'still wont', 'still isnt', 'still nothing', 'still having', 'still getting', 'still broken', 'still the same',
        'yet to', 'been waiting', 'waiting since', 'waiting over', 'been on hold', 'on hold', 'for hours', 'for days', 'for weeks', 'for months', 'over an hour', 'over a week', 'over a month', 'two weeks', 'three weeks', '2 weeks', '3 weeks', 'hours now', 'days now', 'weeks now',
        'where is my', 'wheres my', 'where are my', 'where is our', 'how much longer', 'how many times', 'how many more', 'every time', 'every single time', 'each time', 'keep getting', 'keep having', 'keeps happening', 'once again', 'yet again', 'again and again', 'as usual', 'same thing', 'third time', 'second time', 'multiple times', 'several times', 'numerous times', 'so many times', 'countless', 'repeatedly',
      ],
    },
    // waiting by itself is neutral ("waiting for the bus"); duration and "still" make it a complaint (en.complaint.waiting)
    { id: 'en.complaint.waiting-bare', supports: 'complaint', weight: 0.6, negated: 'keep', patterns: ['waiting for', 'waited', 'weeks ago', 'days ago', 'months ago', 'awaiting', 'await', 'for ... hours', 'for ... days', 'for ... weeks', 'for ... months', 'past ... days', 'past ... weeks'] },
    {
      // chasing something overdue: a status question about one's own order or a failed service is a complaint
      id: 'en.complaint.chasing',
      supports: 'complaint',
      weight: 1.0,
      negated: 'keep',
      patterns: [
        'any update', 'any updates', 'where is my', 'wheres my', 'where are my', 'what happened to my', 'whats happening with', 'whats happening to', 'what is happening with', 'whats going on with', 'what is going on with',
        'when will ... be back', 'when will ... be fixed', 'when will ... be working', 'when will ... be restored', 'when will ... be resolved', 'when will ... be sorted', 'did you forget', 'did you guys forget', 'have you forgotten', 'is this normal', 'is that normal', 'is it normal',
      ],
    },
    // "how come …" asks why; like a "why" question it leans towards a complaint without being one
    { id: 'en.complaint.how-come', supports: 'complaint', weight: 0.6, negated: 'keep', patterns: ['how come'] },
    // asking for help says little on its own; with a reported problem it is a complaint
    { id: 'en.complaint.help-request', supports: 'complaint', weight: 0.5, negated: 'keep', patterns: ['please help', 'help please', 'need help', 'need your help', 'can you help', 'could you help', 'can u help', 'can someone help', 'can anyone help', 'help me out', 'please assist'] },
    {
      // effort that went nowhere
      id: 'en.complaint.effort',
      supports: 'complaint',
      weight: 0.8,
      negated: 'keep',
      patterns: ['been trying', 'keep trying', 'still trying', 'tried everything', 'already tried', 'tried again', 'tried twice', 'tried multiple', 'tried several', 'trying to get'],
    },
    { id: 'en.complaint.again', supports: 'complaint', weight: 0.5, negated: 'keep', patterns: ['again', 'anymore', 'any more', 'still', 'already', 'constantly', 'continually', 'repeatedly', 'supposed to', 'should have', 'shouldve', 'should be', 'meant to', 'promised', 'expected'] },
    {
      id: 'en.complaint.no-response',
      supports: 'complaint',
      weight: 1.3,
      negated: 'keep',
      patterns: [
        'no reply', 'no response', 'no answer', 'no one', 'noone', 'nobody', 'no callback', 'no call back', 'no update', 'no updates', 'no help', 'no info', 'no information', 'no explanation', 'no email', 'no follow up', 'no word',
        'never replied', 'never responded', 'never answered', 'never called', 'never heard', 'not heard', 'havent heard', 'hasnt replied', 'didnt reply', 'didnt respond', 'not replied', 'not responding', 'not answering', 'not helpful', 'not help', 'no way to',
        'ignored', 'ignoring', 'ignore', 'hung up', 'hang up', 'unhelpful', 'useless', 'pointless', 'run around', 'runaround', 'passed around', 'transferred', 'chatbot', 'automated', 'no human',
      ],
    },
    {
      id: 'en.complaint.demand',
      supports: 'complaint',
      weight: 1.3,
      negated: 'keep',
      patterns: ['refund*', 'money back', 'my money', 'compensat*', 'reimburs*', 'fix this', 'fix it', 'sort it out', 'sort this out', 'sort this', 'escalat*', 'complain*', 'chargeback', 'want an explanation', 'demand*', 'manager', 'supervisor', 'unacceptable', 'not acceptable', 'not ok', 'not okay', 'not good enough', 'do better', 'do something', 'explain why', 'explain this', 'need answers'],
    },
    {
      id: 'en.complaint.negative',
      supports: 'complaint',
      weight: 1.2,
      patterns: [
        'terrible', 'horrible', 'horrendous', 'awful', 'worst', 'worse', 'bad', 'badly', 'poor', 'poorly', 'pathetic', 'ridiculous', 'ridiculously', 'disgust*', 'disappoint*', 'frustrat*', 'annoy*', 'angry', 'furious', 'livid', 'upset', 'mad',
        'shocking', 'shocked', 'appalling', 'appalled', 'atrocious', 'abysmal', 'dreadful', 'lousy', 'rubbish', 'garbage', 'trash', 'crap', 'crappy', 'shit', 'shitty', 'sucks', 'suck', 'sucked', 'hate', 'hated', 'hates', 'hating', 'fed up', 'sick of', 'tired of', 'enough is enough',
        'joke', 'joking', 'nightmare', 'disaster', 'disastrous', 'incompetent', 'incompetence', 'rude', 'rudely', 'unprofessional', 'lazy', 'slow', 'slowest', 'overpriced', 'dirty', 'filthy', 'stale', 'inedible', 'undercooked', 'burnt', 'mouldy', 'moldy', 'cold food', 'soggy',
        'mediocre', 'subpar', 'shoddy', 'shambles', 'fiasco', 'waste', 'wasted', 'wasting', 'sad', 'unhappy', 'dissatisf*', 'regret*', 'misleading', 'misled', 'lied', 'lies', 'lying', 'liar*', 'cheat*', 'unfair', 'outrage*', 'embarrass*', 'shame', 'shameful', 'disgrace*',
        'ugh', 'wtf', 'smh', 'fml', 'fail', 'epic fail', 'seriously', 'unreal', 'unbelievable', 'insane', 'absurd', 'scam*', 'rip off', 'ripoff', 'ripped off', 'fraud*', 'robbery', 'robbed', 'stealing', 'hell', 'damn', 'dammit', 'goddamn', 'bloody', 'fuck*', 'ffs',
        'worried', 'concern*', 'confus*', 'hopeless', 'helpless', 'stressed', 'stressful', 'stress', 'painful', 'pain', 'horror', 'terrified', 'scared', 'afraid', 'sorry to say', 'not impressed', 'unimpressed', 'letdown', 'let down', 'let me down', 'ruined', 'ruin*', 'spoilt', 'spoiled',
        'greedy', 'ignorant', 'arrogant', 'careless', 'clueless', 'hopeless', 'dishonest', 'unreliable', 'unsafe', 'broke my', 'downgrade*', 'nonsense', 'bs', 'bullshit', 'lame', 'sloppy', 'terribly', 'horribly', 'awfully', 'crappiest', 'inaccurate', 'unusable', 'expired', 'invalid', 'lacking', 'nonexistent', 'non existent', 'taking forever', 'takes forever', 'took forever', 'forever', 'falls off', 'fell off', 'fell apart', 'falling apart', 'peeling', 'faded', 'shrunk', 'bummer', 'what gives', 'distracted', 'assault*', 'inconsistent', 'unresponsive', 'get rid of', 'got rid of', 'take away', 'took away', 'taking away', 'bring back', 'excuse me', 'not even', 'guess not', 'messing with', 'beware', 'badservice', 'customerservice fail', 'worstservice', 'poorservice', 'disappointing', 'not happy', 'not pleased', 'not satisfied', 'over it', 'had enough', 'the worst', 'never again', 'never buying', 'never buy', 'never using', 'never use', 'never fly', 'never flying', 'killed', 'killing me',
        'sigh', 'meh', 'boo', 'booo', 'argh', 'grr', 'grrr', 'yikes', 'ouch', 'wth', 'omg why', 'come on', 'cmon', 'thanks for nothing', 'way to go', 'good luck with that', 'so much for', 'great job not', 'thanks a lot for nothing', 'cant believe', 'cannot believe', 'how hard is it', 'how difficult is it', 'is it too much to ask', 'what the hell', 'what the fuck', 'pissed', 'thanks for not', 'thank you for not', 'impossible', 'uncooperative', 'unhelpful', 'corrupt', 'corruption', 'why bother', 'dont know why you', 'price increase*', 'price hike*', 'prices went up', 'gone up again', 'letting me down', 'disappeared', 'disorganized', 'unorganized', 'no respect', 'strange', 'weird', 'pricey', 'on my nerves', 'went dead', 'go dead', 'died', 'dead', 'barely', 'none of', 'nothing works', 'nothing worked', 'inadequate', 'impersonat*', 'abusing', 'abusive', 'racis*', 'harass*', 'spying', 'destructive', 'threaten*', 'still nothing',
      ],
    },
    {
      id: 'en.complaint.rhetorical',
      supports: 'complaint',
      weight: 1.2,
      negated: 'keep',
      patterns: ['why does it take', 'why is it so', 'why do i have to', 'why do you', 'why cant', 'why wont', 'why doesnt', 'why isnt', 'why havent', 'why hasnt', 'why didnt', 'why is there no', 'why are there no', 'why does this always', 'why do i always', 'why do i keep', 'why does this keep', 'why is this', 'how is this', 'how is it possible', 'how can you', 'how could you', 'how dare', 'are you kidding', 'you kidding me', 'are you serious', 'is this a joke', 'who does that', 'what kind of', 'what sort of', 'do you really think', 'do you honestly think', 'do you seriously think', 'you really think', 'who do you think you are', 'what were you thinking', 'whats wrong with you', 'what is wrong with you', 'how hard can it be'],
    },
    { id: 'en.complaint.insult', supports: 'complaint', weight: 1.5, negated: 'keep', patterns: ['idiot*', 'moron*', 'stupid', 'dumb', 'clown*', 'scum*', 'useless', 'loser*', 'crook*', 'thieves', 'thief', 'criminals', 'bastard*', 'asshole*', 'arsehole*', 'bitch*', 'dickhead*', 'wanker*', 'twat*', 'cunt*', 'pricks', 'jerks', 'jerk', 'imbecile*', 'retard*'] },
    // ---------------------------------------------------------------- praise
    { id: 'en.praise.thanks', supports: 'praise', weight: 1.1, negated: 'none', patterns: ['thank*', 'thx', 'thnx', 'thanx', 'ty', 'tysm', 'cheers', 'appreciat*', 'grateful', 'thankful', 'kudos', 'props', 'shout out', 'shoutout', 'bless*', 'much obliged'] },
    {
      id: 'en.praise.positive',
      supports: 'praise',
      weight: 1.2,
      patterns: [
        'great', 'awesome', 'amazing', 'amazingly', 'excellent', 'fantastic', 'wonderful', 'brilliant', 'perfect', 'perfectly', 'love', 'loved', 'loving', 'loves', 'lovely', 'best', 'superb', 'outstanding', 'impressive', 'impressed', 'helpful', 'friendly', 'delicious', 'tasty', 'yummy',
        'beautiful', 'beautifully', 'gorgeous', 'happy', 'glad', 'pleased', 'delighted', 'satisfied', 'recommend*', 'well done', 'congrat*', 'excited', 'exciting', 'enjoy*', 'favourite', 'favorite', 'fav', 'fave', 'fab', 'fabulous', 'terrific', 'incredible', 'stellar', 'top notch', 'spot on',
        'legend', 'legends', 'legendary', 'hero', 'heroes', 'proud', 'fun', 'smooth', 'easy', 'reliable', 'professional', 'polite', 'welcoming', 'pleasure', 'wow', 'gem', 'masterpiece', 'genius', 'phenomenal', 'magnificent', 'marvelous', 'marvellous', 'splendid', 'sweet', 'cute', 'adorable',
        'kind', 'kindness', 'caring', 'patient', 'quality', 'worth it', 'worth every', 'value for money', 'five stars', '5 stars', '10/10', 'thrilled', 'ecstatic', 'inspiring', 'inspired', 'inspiration', 'wonderfully', 'flawless', 'efficient', 'prompt', 'promptly', 'quick', 'quickly', 'fast', 'speedy', 'wise', 'fresh', 'cozy', 'cosy', 'stunning', 'nailed it', 'rock', 'rocks', 'rocked', 'yay', 'hooray', 'woohoo', 'keep it up', 'keep up the good work', 'good job', 'great job', 'nice job', 'nice work', 'good work', 'made my day', 'cant wait', 'look forward', 'looking forward', 'win', 'winner', 'blessed', 'lucky', 'genuinely',
      ],
    },
    {
      // politeness formulas wish something, they do not praise anything
      id: 'en.other.wish',
      supports: 'other',
      weight: 0,
      negated: 'keep',
      patterns: ['good luck', 'have a nice day', 'have a good day', 'have a great day', 'have a nice weekend', 'have a good weekend', 'have a great weekend', 'enjoy your weekend', 'merry christmas', 'happy holidays', 'happy new year', 'happy easter', 'safe travels', 'get well soon', 'happy birthday'],
    },
    { id: 'en.praise.mild', supports: 'praise', weight: 0.6, patterns: ['good', 'nice', 'cool', 'fine', 'ok', 'okay', 'decent', 'solid', 'i like', 'we like', 'really like', 'liked', 'clean', 'better', 'improved', 'resolved', 'sorted', 'works now', 'working now', 'fixed now', 'all good'] },
    // ---------------------------------------------------------------- flags
    {
      id: 'en.flag.urgent.legal',
      supports: 'urgent',
      weight: 1.2,
      negated: 'keep',
      patterns: ['lawyer*', 'attorney*', 'solicitor*', 'legal action', 'legal steps', 'sue', 'suing', 'sued', 'lawsuit*', 'court', 'small claims', 'trading standards', 'ombudsman', 'better business bureau', 'bbb', 'consumer protection', 'police', 'report you', 'reporting you', 'reported you', 'fcc', 'ftc', 'regulator*'],
    },
    {
      id: 'en.flag.urgent.safety',
      supports: 'urgent',
      weight: 1.2,
      negated: 'keep',
      patterns: ['dangerous', 'danger', 'unsafe', 'hazard*', 'caught fire', 'on fire', 'fire hazard', 'smoke', 'smoking', 'explod*', 'burned', 'burnt my', 'injur*', 'bleeding', 'hospital', 'ambulance', 'allergic', 'allergy', 'allergic reaction', 'food poisoning', 'poison*', 'electric shock', 'shocked me', 'gas leak', 'smell of gas', 'emergency', 'choking', 'collapsed', 'mould', 'mold', 'rat', 'rats', 'cockroach*', 'mice', 'glass in', 'product recall', 'got hurt', 'was hurt'],
    },
    {
      id: 'en.flag.urgent.public',
      supports: 'urgent',
      weight: 1.2,
      negated: 'keep',
      // going public is a threat; a newspaper merely named is not
      patterns: ['the press', 'contact a journalist', 'tell a journalist', 'call a journalist', 'contact a reporter', 'the local paper', 'to the newspaper*', 'the newspapers', 'go public', 'going public', 'going viral', 'go viral', 'tell everyone', 'telling everyone', 'warn everyone', 'warn others', 'everyone should know', 'spread the word', 'bad review', 'one star', '1 star', 'zero stars', 'trustpilot', 'write a review', 'leave a review', 'watchdog'],
    },
    {
      id: 'en.flag.churn',
      supports: 'churn_risk',
      weight: 1.2,
      negated: 'keep',
      patterns: [
        'cancel my', 'cancelling my', 'canceling my', 'cancel the', 'cancel our', 'cancel membership', 'cancel subscription', 'cancelling', 'canceling', 'switch to', 'switching to', 'switched to', 'going to ... instead', 'go elsewhere', 'going elsewhere', 'shop elsewhere', 'business elsewhere',
        'never again', 'close my account', 'closing my account', 'closed my account', 'unsubscrib*', 'leaving you', 'im leaving', 'i am leaving', 'find another', 'finding another', 'wont be back', 'wont be coming back', 'never coming back', 'never be back', 'never use', 'never buy', 'never order', 'never shop', 'never fly', 'never book', 'never be using',
        'lost a customer', 'lost my business', 'ex customer', 'former customer', 'competitor*', 'terminate*', 'end my contract', 'end my membership', 'quit', 'quitting', 'done with you', 'thinking of leaving', 'looking for alternatives', 'alternative provider',
      ],
    },
    {
      id: 'en.flag.abuse',
      supports: 'abuse',
      weight: 1.2,
      negated: 'keep',
      patterns: ['idiot*', 'moron*', 'stupid', 'retard*', 'imbecile*', 'asshole*', 'arsehole*', 'bastard*', 'bitch*', 'cunt*', 'dickhead*', 'prick', 'pricks', 'wanker*', 'twat*', 'scum*', 'clowns', 'fuck you', 'f you', 'fuck off', 'screw you', 'go to hell', 'shut up', 'piece of shit', 'kill yourself', 'kys', 'subhuman', 'vermin', 'parasites', 'die in a fire', 'losers', 'morons'],
    },
    {
      id: 'en.flag.spam',
      supports: 'spam',
      weight: 1.2,
      negated: 'keep',
      patterns: ['click here', 'click the link', 'follow me', 'follow back', 'follow for follow', 'check out my', 'check my profile', 'visit my', 'dm me', 'dm for', 'inbox me', 'promo code', 'discount code', 'use code', 'free followers', 'buy followers', 'get followers', 'earn money', 'make money', 'earn $', 'work from home', 'investment opportunity', 'giveaway', 'win a free', 'you have won', 'claim your', 'limited offer', 'limited time offer', '100% free', 'link in bio', 'subscribe to my', 'sub to my', 'cheap', 'best price', 'whatsapp me', 'telegram'],
    },
    {
      id: 'en.flag.personal-data.id',
      supports: 'personal_data',
      weight: 1.2,
      negated: 'keep',
      patterns: ['order ... <num>', 'order number ... <num>', 'customer ... <num>', 'account ... <num>', 'reference ... <num>', 'ref ... <num>', 'tracking ... <num>', 'booking ... <num>', 'confirmation ... <num>', 'invoice ... <num>', 'membership ... <num>', 'case ... <num>', 'ticket ... <num>', 'pnr ... <num>', 'policy ... <num>', 'card number ... <num>', 'my address', 'my phone number', 'my number is', 'my email is', 'my date of birth'],
    },
  ],
};
