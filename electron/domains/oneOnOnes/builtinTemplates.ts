/**
 * The templates Cairn ships, written for Cairn. Fixed ids so that the migration seeds them
 * once and a user's edits are kept across upgrades.
 */
export const BUILTIN_TEMPLATES: { id: string; name: string; items: string[] }[] = [
  {
    id: '5b0f6a1e-0001-4c1a-9a60-0a11ce000001',
    name: 'First 1:1',
    items: [
      'How do you like to get feedback: written, spoken, in the moment or saved up?',
      'What did a good manager do for you before, and what should I never do?',
      'What are you hoping to learn or change in the next year?',
      'How should we use this time, and how often should we meet?',
      'Anything about your life outside work that would help me support you?',
    ],
  },
  {
    id: '5b0f6a1e-0002-4c1a-9a60-0a11ce000002',
    name: 'Weekly check-in',
    items: [
      'What is on your mind this week?',
      'Where are you stuck, or waiting on someone?',
      'One thing that went well since we last spoke',
      'Anything I should know before others tell me?',
    ],
  },
  {
    id: '5b0f6a1e-0003-4c1a-9a60-0a11ce000003',
    name: 'Career conversation',
    items: [
      'Where would you like to be in two to three years?',
      'Which parts of your work give you energy, and which drain it?',
      'Skills you want to build next, and a project that would stretch them',
      'What evidence would show you are ready for the next level?',
      'How can I help: introductions, scope, visibility, time?',
    ],
  },
  {
    id: '5b0f6a1e-0004-4c1a-9a60-0a11ce000004',
    name: 'Skip-level',
    items: [
      'What is getting in the way of the team doing its best work?',
      'What should leadership start, stop or keep doing?',
      'How clear are our priorities from where you sit?',
      'Is there anything you would like me to hear directly?',
    ],
  },
  {
    id: '5b0f6a1e-0005-4c1a-9a60-0a11ce000005',
    name: 'Feedback',
    items: [
      'The situation: when and where, described plainly',
      'What I observed, and the effect it had',
      'Your view: what was going on for you?',
      'What we agree to try next, and when we look at it again',
      'Feedback for me: what could I do differently?',
    ],
  },
];
