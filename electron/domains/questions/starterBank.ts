/**
 * Cairn's own starter questions, written for this project. Categories match the 1:1 topic
 * tags, so a template can draw "a question from career" out of the box.
 */
export const STARTER_BANK: { category: string; text: string }[] = [
  { category: 'career', text: 'Where would you like to be in two years, and what would make that feel like progress?' },
  { category: 'career', text: 'Which part of your work lately felt most like the job you want next?' },
  { category: 'career', text: 'What skill would you learn this quarter if nothing else were in the way?' },
  { category: 'feedback', text: 'What is one thing I could do differently that would help you most?' },
  { category: 'feedback', text: 'Was there a moment this month where you wanted more support from me?' },
  { category: 'feedback', text: 'Whose work deserves more credit than it got lately?' },
  { category: 'wellbeing', text: 'How is your energy this week, compared with a month ago?' },
  { category: 'wellbeing', text: 'What is taking up more of your head than it should?' },
  { category: 'wellbeing', text: 'Is your workload sustainable for the next six weeks?' },
  { category: 'delivery', text: 'What is slowing you down that nobody seems to notice?' },
  { category: 'delivery', text: 'Which decision are you waiting on, and from whom?' },
  { category: 'delivery', text: 'If you could drop one commitment without consequences, which would it be?' },
  { category: 'team', text: 'Who on the team have you learned something from recently?' },
  { category: 'team', text: 'Is there a conversation on the team that keeps not happening?' },
  { category: 'team', text: 'How easy is it to disagree in our team meetings?' },
  { category: 'growth', text: 'What did you try recently that did not work, and what did it teach you?' },
  { category: 'growth', text: 'What would a stretch assignment look like for you right now?' },
  { category: 'growth', text: 'Which piece of feedback has stayed with you, and why?' },
];
